WITH "t9" AS (
  SELECT
    "t2"."member_a",
    "t2"."member_b"
  FROM "connections" AS "t2"
  WHERE
    "t2"."connected_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
), "t26" AS (
  SELECT
    "t15"."member_a",
    "t15"."member_b",
    "t17"."a_decides",
    "t18"."b_decides",
    COALESCE("t17"."a_company" = "t18"."b_company", FALSE) AS "same_company"
  FROM "t9" AS "t15"
  INNER JOIN (
    SELECT
      "t3"."member_id" AS "a_id",
      COALESCE("t3"."seniority" IN ('vp', 'cxo'), FALSE) AS "a_decides",
      "t3"."company_id" AS "a_company"
    FROM "members" AS "t3"
  ) AS "t17"
    ON "t15"."member_a" = "t17"."a_id"
  INNER JOIN (
    SELECT
      "t3"."member_id" AS "b_id",
      COALESCE("t3"."seniority" IN ('vp', 'cxo'), FALSE) AS "b_decides",
      "t3"."company_id" AS "b_company"
    FROM "members" AS "t3"
  ) AS "t18"
    ON "t15"."member_b" = "t18"."b_id"
)
SELECT
  "t55"."member_id",
  "t55"."industry",
  "t55"."team_id",
  CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "brand",
  CAST(CAST("t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "find",
  CAST(CAST("t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "engage",
  CAST(CAST("t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "relationships",
  CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" + (
    "t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active"
  ) + (
    "t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups"
  ) + (
    "t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate"
  ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "total",
  CAST([
    "t55"."raw__profile_completeness",
    "t55"."raw__rich_media",
    "t55"."raw__endorsements_received",
    "t55"."raw__posts_and_articles",
    "t55"."raw__engagement_received",
    "t55"."raw__followers_gained",
    "t55"."raw__searches",
    "t55"."raw__advanced_searches",
    "t55"."raw__profile_views_made",
    "t55"."raw__prospecting_views",
    "t55"."raw__inbound_profile_views",
    "t55"."raw__leads_and_accounts_saved",
    "t55"."raw__days_active",
    "t55"."raw__shares_and_posts",
    "t55"."raw__engagement_given",
    "t55"."raw__messages_sent",
    "t55"."raw__response_rate",
    "t55"."raw__groups",
    "t55"."raw__connections",
    "t55"."raw__decision_maker_connections",
    "t55"."raw__same_company_connections",
    "t55"."raw__acceptance_rate"
  ] AS DOUBLE[]) AS "signal_raw",
  CAST([
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    "t55"."trials__response_rate",
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    "t55"."trials__acceptance_rate"
  ] AS DOUBLE[]) AS "signal_trials",
  CAST([
    CAST(CAST("t55"."points__profile_completeness" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__rich_media" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__endorsements_received" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__posts_and_articles" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__engagement_received" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__followers_gained" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__searches" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__advanced_searches" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__profile_views_made" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__prospecting_views" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__inbound_profile_views" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__leads_and_accounts_saved" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__days_active" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__shares_and_posts" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__engagement_given" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__messages_sent" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__response_rate" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__groups" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__connections" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__decision_maker_connections" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__same_company_connections" AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST("t55"."points__acceptance_rate" AS DOUBLE) / 100.0 AS DECIMAL(4, 2))
  ] AS DECIMAL(4, 2)[]) AS "signal_points"
FROM (
  SELECT
    "t54"."member_id",
    "t54"."industry",
    "t54"."team_id",
    "t54"."raw__profile_completeness",
    "t54"."raw__rich_media",
    "t54"."n__target__count__endorsement__180" AS "raw__endorsements_received",
    "t54"."n__actor__count__post-article__180" AS "raw__posts_and_articles",
    "t54"."n__target__count__reaction-comment-share__180" AS "raw__engagement_received",
    "t54"."n__target__count__follow__180" AS "raw__followers_gained",
    "t54"."n__actor__count__search__180" AS "raw__searches",
    "t54"."n__actor__count__advanced_search__180" AS "raw__advanced_searches",
    "t54"."n__actor__count__profile_view__180" AS "raw__profile_views_made",
    "t54"."n__prospecting__180" AS "raw__prospecting_views",
    "t54"."n__target__count__profile_view__180" AS "raw__inbound_profile_views",
    "t54"."n__actor__count__lead_saved-account_saved__180" AS "raw__leads_and_accounts_saved",
    "t54"."n__actor__distinct_days__any__180" AS "raw__days_active",
    "t54"."n__actor__count__share-post__180" AS "raw__shares_and_posts",
    "t54"."n__actor__count__comment-reaction__180" AS "raw__engagement_given",
    "t54"."n__actor__count__message_sent-inmail_sent__180" AS "raw__messages_sent",
    "t54"."n__actor__count__message_received__180" + "t54"."n__target__count__inmail_replied__180" AS "raw__response_rate",
    "t54"."n__actor__count__message_sent-inmail_sent__180" AS "trials__response_rate",
    "t54"."n__actor__count__group_joined-group_post__180" AS "raw__groups",
    "t54"."n__connections__all" AS "raw__connections",
    "t54"."n__connections__decision_makers" AS "raw__decision_maker_connections",
    "t54"."n__connections__same_company" AS "raw__same_company_connections",
    "t54"."n__accepted__180" AS "raw__acceptance_rate",
    "t54"."n__invited__180" AS "trials__acceptance_rate",
    CAST(FLOOR((
      LEAST("t54"."raw__profile_completeness" / 7.0, 1.0) * 9.0 * 100.0
    ) + 0.5) AS BIGINT) AS "points__profile_completeness",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."raw__rich_media" / 2.0
          ))
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__rich_media",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__target__count__endorsement__180" / 2.0
          ))
        ) * 2.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__endorsements_received",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__post-article__180" / 2.0
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__posts_and_articles",
    CAST(FLOOR(
      (
        LEAST(
          LN("t54"."n__target__count__reaction-comment-share__180" + 1.0) / 4.110873864173311,
          1.0
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__engagement_received",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__target__count__follow__180" / 1.25
          ))
        ) * 3.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__followers_gained",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__search__180" / 1.5
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__searches",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__advanced_search__180" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__advanced_searches",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__profile_view__180" / 2.0
          ))
        ) * 8.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__profile_views_made",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__prospecting__180" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__prospecting_views",
    CAST(FLOOR(
      (
        LEAST(LN("t54"."n__target__count__profile_view__180" + 1.0) / 2.1972245773362196, 1.0) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__inbound_profile_views",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__lead_saved-account_saved__180" / 1.5
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__leads_and_accounts_saved",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__distinct_days__any__180" / 4.0
          ))
        ) * 11.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__days_active",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__share-post__180" / 1.5
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__shares_and_posts",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__comment-reaction__180" / 2.0
          ))
        ) * 15.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__engagement_given",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__message_sent-inmail_sent__180" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__messages_sent",
    CAST(FLOOR(
      (
        CASE
          WHEN "t54"."n__actor__count__message_sent-inmail_sent__180" > 0
          THEN (
            LEAST(
              "t54"."n__actor__count__message_received__180" + "t54"."n__target__count__inmail_replied__180",
              "t54"."n__actor__count__message_sent-inmail_sent__180"
            ) + 2.0
          ) / (
            "t54"."n__actor__count__message_sent-inmail_sent__180" + 5.0
          )
          ELSE 0.0
        END * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__response_rate",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__actor__count__group_joined-group_post__180" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__groups",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__connections__all" / 50.0
          ))
        ) * 5.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__connections",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__connections__decision_makers" / 20.0
          ))
        ) * 9.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__decision_maker_connections",
    CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t54"."n__connections__same_company" / 35.0
          ))
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__same_company_connections",
    CAST(FLOOR(
      (
        CASE
          WHEN "t54"."n__invited__180" > 0
          THEN (
            LEAST("t54"."n__accepted__180", "t54"."n__invited__180") + 2.5
          ) / (
            "t54"."n__invited__180" + 5.0
          )
          ELSE 0.0
        END * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS "points__acceptance_rate"
  FROM (
    SELECT
      "t53"."member_id",
      "t53"."industry",
      "t53"."team_id",
      "t53"."raw__profile_completeness",
      "t53"."raw__rich_media",
      CAST(COALESCE("t53"."n__actor__count__post-article__180", 0) AS DOUBLE) AS "n__actor__count__post-article__180",
      CAST(COALESCE("t53"."n__actor__count__search__180", 0) AS DOUBLE) AS "n__actor__count__search__180",
      CAST(COALESCE("t53"."n__actor__count__advanced_search__180", 0) AS DOUBLE) AS "n__actor__count__advanced_search__180",
      CAST(COALESCE("t53"."n__actor__count__profile_view__180", 0) AS DOUBLE) AS "n__actor__count__profile_view__180",
      CAST(COALESCE("t53"."n__actor__count__lead_saved-account_saved__180", 0) AS DOUBLE) AS "n__actor__count__lead_saved-account_saved__180",
      CAST(COALESCE("t53"."n__actor__count__share-post__180", 0) AS DOUBLE) AS "n__actor__count__share-post__180",
      CAST(COALESCE("t53"."n__actor__count__comment-reaction__180", 0) AS DOUBLE) AS "n__actor__count__comment-reaction__180",
      CAST(COALESCE("t53"."n__actor__count__message_sent-inmail_sent__180", 0) AS DOUBLE) AS "n__actor__count__message_sent-inmail_sent__180",
      CAST(COALESCE("t53"."n__actor__count__message_received__180", 0) AS DOUBLE) AS "n__actor__count__message_received__180",
      CAST(COALESCE("t53"."n__actor__count__group_joined-group_post__180", 0) AS DOUBLE) AS "n__actor__count__group_joined-group_post__180",
      CAST(COALESCE("t53"."n__actor__distinct_days__any__180", 0) AS DOUBLE) AS "n__actor__distinct_days__any__180",
      CAST(COALESCE("t53"."n__target__count__endorsement__180", 0) AS DOUBLE) AS "n__target__count__endorsement__180",
      CAST(COALESCE("t53"."n__target__count__reaction-comment-share__180", 0) AS DOUBLE) AS "n__target__count__reaction-comment-share__180",
      CAST(COALESCE("t53"."n__target__count__follow__180", 0) AS DOUBLE) AS "n__target__count__follow__180",
      CAST(COALESCE("t53"."n__target__count__profile_view__180", 0) AS DOUBLE) AS "n__target__count__profile_view__180",
      CAST(COALESCE("t53"."n__target__count__inmail_replied__180", 0) AS DOUBLE) AS "n__target__count__inmail_replied__180",
      CAST(COALESCE("t53"."n__prospecting__180", 0) AS DOUBLE) AS "n__prospecting__180",
      CAST(COALESCE("t53"."n__connections__all", 0) AS DOUBLE) AS "n__connections__all",
      CAST(COALESCE("t53"."n__connections__decision_makers", 0) AS DOUBLE) AS "n__connections__decision_makers",
      CAST(COALESCE("t53"."n__connections__same_company", 0) AS DOUBLE) AS "n__connections__same_company",
      CAST(COALESCE("t53"."n__invited__180", 0) AS DOUBLE) AS "n__invited__180",
      CAST(COALESCE("t53"."n__accepted__180", 0) AS DOUBLE) AS "n__accepted__180"
    FROM (
      SELECT
        "t52".*
        EXCLUDE ("key")
      FROM (
        SELECT
          "t51"."member_id",
          "t51"."industry",
          "t51"."team_id",
          "t51"."raw__profile_completeness",
          "t51"."raw__rich_media",
          "t51"."n__actor__count__post-article__180",
          "t51"."n__actor__count__search__180",
          "t51"."n__actor__count__advanced_search__180",
          "t51"."n__actor__count__profile_view__180",
          "t51"."n__actor__count__lead_saved-account_saved__180",
          "t51"."n__actor__count__share-post__180",
          "t51"."n__actor__count__comment-reaction__180",
          "t51"."n__actor__count__message_sent-inmail_sent__180",
          "t51"."n__actor__count__message_received__180",
          "t51"."n__actor__count__group_joined-group_post__180",
          "t51"."n__actor__distinct_days__any__180",
          "t51"."n__target__count__endorsement__180",
          "t51"."n__target__count__reaction-comment-share__180",
          "t51"."n__target__count__follow__180",
          "t51"."n__target__count__profile_view__180",
          "t51"."n__target__count__inmail_replied__180",
          "t51"."n__prospecting__180",
          "t51"."n__connections__all",
          "t51"."n__connections__decision_makers",
          "t51"."n__connections__same_company",
          "t27"."key",
          "t27"."n__invited__180",
          "t27"."n__accepted__180"
        FROM (
          SELECT
            "t49".*
            EXCLUDE ("key")
          FROM (
            SELECT
              "t48"."member_id",
              "t48"."industry",
              "t48"."team_id",
              "t48"."raw__profile_completeness",
              "t48"."raw__rich_media",
              "t48"."n__actor__count__post-article__180",
              "t48"."n__actor__count__search__180",
              "t48"."n__actor__count__advanced_search__180",
              "t48"."n__actor__count__profile_view__180",
              "t48"."n__actor__count__lead_saved-account_saved__180",
              "t48"."n__actor__count__share-post__180",
              "t48"."n__actor__count__comment-reaction__180",
              "t48"."n__actor__count__message_sent-inmail_sent__180",
              "t48"."n__actor__count__message_received__180",
              "t48"."n__actor__count__group_joined-group_post__180",
              "t48"."n__actor__distinct_days__any__180",
              "t48"."n__target__count__endorsement__180",
              "t48"."n__target__count__reaction-comment-share__180",
              "t48"."n__target__count__follow__180",
              "t48"."n__target__count__profile_view__180",
              "t48"."n__target__count__inmail_replied__180",
              "t48"."n__prospecting__180",
              "t40"."key",
              "t40"."n__connections__all",
              "t40"."n__connections__decision_makers",
              "t40"."n__connections__same_company"
            FROM (
              SELECT
                "t46".*
                EXCLUDE ("key")
              FROM (
                SELECT
                  "t45"."member_id",
                  "t45"."industry",
                  "t45"."team_id",
                  "t45"."raw__profile_completeness",
                  "t45"."raw__rich_media",
                  "t45"."n__actor__count__post-article__180",
                  "t45"."n__actor__count__search__180",
                  "t45"."n__actor__count__advanced_search__180",
                  "t45"."n__actor__count__profile_view__180",
                  "t45"."n__actor__count__lead_saved-account_saved__180",
                  "t45"."n__actor__count__share-post__180",
                  "t45"."n__actor__count__comment-reaction__180",
                  "t45"."n__actor__count__message_sent-inmail_sent__180",
                  "t45"."n__actor__count__message_received__180",
                  "t45"."n__actor__count__group_joined-group_post__180",
                  "t45"."n__actor__distinct_days__any__180",
                  "t45"."n__target__count__endorsement__180",
                  "t45"."n__target__count__reaction-comment-share__180",
                  "t45"."n__target__count__follow__180",
                  "t45"."n__target__count__profile_view__180",
                  "t45"."n__target__count__inmail_replied__180",
                  "t36"."key",
                  "t36"."n__prospecting__180"
                FROM (
                  SELECT
                    "t43".*
                    EXCLUDE ("key")
                  FROM (
                    SELECT
                      "t42"."member_id",
                      "t42"."industry",
                      "t42"."team_id",
                      "t42"."raw__profile_completeness",
                      "t42"."raw__rich_media",
                      "t42"."n__actor__count__post-article__180",
                      "t42"."n__actor__count__search__180",
                      "t42"."n__actor__count__advanced_search__180",
                      "t42"."n__actor__count__profile_view__180",
                      "t42"."n__actor__count__lead_saved-account_saved__180",
                      "t42"."n__actor__count__share-post__180",
                      "t42"."n__actor__count__comment-reaction__180",
                      "t42"."n__actor__count__message_sent-inmail_sent__180",
                      "t42"."n__actor__count__message_received__180",
                      "t42"."n__actor__count__group_joined-group_post__180",
                      "t42"."n__actor__distinct_days__any__180",
                      "t24"."key",
                      "t24"."n__target__count__endorsement__180",
                      "t24"."n__target__count__reaction-comment-share__180",
                      "t24"."n__target__count__follow__180",
                      "t24"."n__target__count__profile_view__180",
                      "t24"."n__target__count__inmail_replied__180"
                    FROM (
                      SELECT
                        "t39".*
                        EXCLUDE ("key")
                      FROM (
                        SELECT
                          "t30"."member_id",
                          "t30"."industry",
                          "t30"."team_id",
                          "t30"."raw__profile_completeness",
                          "t30"."raw__rich_media",
                          "t35"."key",
                          "t35"."n__actor__count__post-article__180",
                          "t35"."n__actor__count__search__180",
                          "t35"."n__actor__count__advanced_search__180",
                          "t35"."n__actor__count__profile_view__180",
                          "t35"."n__actor__count__lead_saved-account_saved__180",
                          "t35"."n__actor__count__share-post__180",
                          "t35"."n__actor__count__comment-reaction__180",
                          "t35"."n__actor__count__message_sent-inmail_sent__180",
                          "t35"."n__actor__count__message_received__180",
                          "t35"."n__actor__count__group_joined-group_post__180",
                          "t35"."n__actor__distinct_days__any__180"
                        FROM (
                          SELECT
                            "t3"."member_id",
                            "t3"."industry",
                            "t3"."team_id",
                            CAST(CAST(COALESCE("t3"."has_photo", FALSE) AS BIGINT) + CAST(COALESCE("t3"."has_headline", FALSE) AS BIGINT) + CAST(COALESCE("t3"."has_summary", FALSE) AS BIGINT) + CAST(COALESCE("t3"."experience_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t3"."education_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t3"."skills_count", 0) >= 5 AS BIGINT) + CAST(COALESCE("t3"."recommendations_count", 0) >= 1 AS BIGINT) AS DOUBLE) AS "raw__profile_completeness",
                            CAST(COALESCE("t3"."rich_media_count", 0) AS DOUBLE) AS "raw__rich_media"
                          FROM "members" AS "t3"
                          WHERE
                            "t3"."joined_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                        ) AS "t30"
                        LEFT OUTER JOIN (
                          SELECT
                            "t23"."key",
                            "t23"."n__actor__count__post-article__180",
                            "t23"."n__actor__count__search__180",
                            "t23"."n__actor__count__advanced_search__180",
                            "t23"."n__actor__count__profile_view__180",
                            "t23"."n__actor__count__lead_saved-account_saved__180",
                            "t23"."n__actor__count__share-post__180",
                            "t23"."n__actor__count__comment-reaction__180",
                            "t23"."n__actor__count__message_sent-inmail_sent__180",
                            "t23"."n__actor__count__message_received__180",
                            "t23"."n__actor__count__group_joined-group_post__180",
                            "t19"."n__actor__distinct_days__any__180"
                          FROM (
                            SELECT
                              "t5"."member_id" AS "key",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('post', 'article')) AS "n__actor__count__post-article__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('search')) AS "n__actor__count__search__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('advanced_search')) AS "n__actor__count__advanced_search__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('profile_view')) AS "n__actor__count__profile_view__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('lead_saved', 'account_saved')) AS "n__actor__count__lead_saved-account_saved__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('share', 'post')) AS "n__actor__count__share-post__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('comment', 'reaction')) AS "n__actor__count__comment-reaction__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('message_sent', 'inmail_sent')) AS "n__actor__count__message_sent-inmail_sent__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('message_received')) AS "n__actor__count__message_received__180",
                              COUNT("t5"."event_id") FILTER(WHERE
                                (
                                  "t5"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t5"."event_type" IN ('group_joined', 'group_post')) AS "n__actor__count__group_joined-group_post__180"
                            FROM (
                              SELECT
                                *
                              FROM "activity" AS "t1"
                              WHERE
                                "t1"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                AND "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                            ) AS "t5"
                            GROUP BY
                              1
                          ) AS "t23"
                          LEFT OUTER JOIN (
                            SELECT
                              "t6"."key",
                              COUNT(*) AS "n__actor__distinct_days__any__180"
                            FROM (
                              SELECT DISTINCT
                                "t1"."member_id" AS "key",
                                CAST("t1"."occurred_at" AS DATE) AS "day"
                              FROM "activity" AS "t1"
                              WHERE
                                "t1"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                AND "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                            ) AS "t6"
                            GROUP BY
                              1
                          ) AS "t19"
                            ON "t23"."key" = "t19"."key"
                        ) AS "t35"
                          ON "t30"."member_id" = "t35"."key"
                      ) AS "t39"
                    ) AS "t42"
                    LEFT OUTER JOIN (
                      SELECT
                        "t8"."target_member_id" AS "key",
                        COUNT("t8"."event_id") FILTER(WHERE
                          (
                            "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t8"."event_type" IN ('endorsement')) AS "n__target__count__endorsement__180",
                        COUNT("t8"."event_id") FILTER(WHERE
                          (
                            "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t8"."event_type" IN ('reaction', 'comment', 'share')) AS "n__target__count__reaction-comment-share__180",
                        COUNT("t8"."event_id") FILTER(WHERE
                          (
                            "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t8"."event_type" IN ('follow')) AS "n__target__count__follow__180",
                        COUNT("t8"."event_id") FILTER(WHERE
                          (
                            "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t8"."event_type" IN ('profile_view')) AS "n__target__count__profile_view__180",
                        COUNT("t8"."event_id") FILTER(WHERE
                          (
                            "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t8"."event_type" IN ('inmail_replied')) AS "n__target__count__inmail_replied__180"
                      FROM (
                        SELECT
                          *
                        FROM "activity" AS "t1"
                        WHERE
                          "t1"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          AND "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                          AND "t1"."target_member_id" IS NOT NULL
                      ) AS "t8"
                      GROUP BY
                        1
                    ) AS "t24"
                      ON "t42"."member_id" = "t24"."key"
                  ) AS "t43"
                ) AS "t45"
                LEFT OUTER JOIN (
                  SELECT
                    "t25"."member_id" AS "key",
                    COUNT("t25"."event_id") FILTER(WHERE
                      "t25"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)) AS "n__prospecting__180"
                  FROM (
                    SELECT
                      "t10"."event_id",
                      "t10"."member_id",
                      "t10"."event_type",
                      "t10"."occurred_at",
                      "t10"."target_member_id",
                      "t10"."content_id",
                      "t10"."value",
                      "t10"."low",
                      "t10"."high"
                    FROM (
                      SELECT
                        "t1"."event_id",
                        "t1"."member_id",
                        "t1"."event_type",
                        "t1"."occurred_at",
                        "t1"."target_member_id",
                        "t1"."content_id",
                        "t1"."value",
                        LEAST("t1"."member_id", "t1"."target_member_id") AS "low",
                        GREATEST("t1"."member_id", "t1"."target_member_id") AS "high"
                      FROM "activity" AS "t1"
                      WHERE
                        "t1"."event_type" = 'profile_view'
                        AND "t1"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                        AND "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                        AND "t1"."target_member_id" IS NOT NULL
                    ) AS "t10"
                    ANTI JOIN "t9" AS "t16"
                      ON "t10"."low" = "t16"."member_a" AND "t10"."high" = "t16"."member_b"
                  ) AS "t25"
                  GROUP BY
                    1
                ) AS "t36"
                  ON "t45"."member_id" = "t36"."key"
              ) AS "t46"
            ) AS "t48"
            LEFT OUTER JOIN (
              SELECT
                "t37"."key",
                SUM("t37"."n__connections__all") AS "n__connections__all",
                SUM("t37"."n__connections__decision_makers") AS "n__connections__decision_makers",
                SUM("t37"."n__connections__same_company") AS "n__connections__same_company"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t28"."member_a" AS "key",
                    COUNT(*) AS "n__connections__all",
                    COUNT(*) FILTER(WHERE
                      "t28"."b_decides") AS "n__connections__decision_makers",
                    COUNT(*) FILTER(WHERE
                      "t28"."same_company") AS "n__connections__same_company"
                  FROM "t26" AS "t28"
                  GROUP BY
                    1
                ) AS "t33"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t28"."member_b" AS "key",
                    COUNT(*) AS "n__connections__all",
                    COUNT(*) FILTER(WHERE
                      "t28"."a_decides") AS "n__connections__decision_makers",
                    COUNT(*) FILTER(WHERE
                      "t28"."same_company") AS "n__connections__same_company"
                  FROM "t26" AS "t28"
                  GROUP BY
                    1
                ) AS "t34"
              ) AS "t37"
              GROUP BY
                1
            ) AS "t40"
              ON "t48"."member_id" = "t40"."key"
          ) AS "t49"
        ) AS "t51"
        LEFT OUTER JOIN (
          SELECT
            "t4"."sender_id" AS "key",
            COUNT(*) FILTER(WHERE
              "t4"."sent_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)) AS "n__invited__180",
            COUNT(*) FILTER(WHERE
              (
                "t4"."sent_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
              )
              AND (
                "t4"."accepted_at" IS NOT NULL
              )
              AND (
                "t4"."accepted_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
              )) AS "n__accepted__180"
          FROM (
            SELECT
              *
            FROM "invitations" AS "t0"
            WHERE
              "t0"."sent_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
              AND "t0"."sent_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
          ) AS "t4"
          GROUP BY
            1
        ) AS "t27"
          ON "t51"."member_id" = "t27"."key"
      ) AS "t52"
    ) AS "t53"
  ) AS "t54"
) AS "t55"
