WITH "t4" AS (
  SELECT
    "t0"."member_a",
    "t0"."member_b"
  FROM "connections" AS "t0"
  WHERE
    "t0"."connected_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
), "t26" AS (
  SELECT
    "t14"."member_a",
    "t14"."member_b",
    "t17"."a_decides",
    "t18"."b_decides",
    COALESCE("t17"."a_company" = "t18"."b_company", FALSE) AS "same_company"
  FROM "t4" AS "t14"
  INNER JOIN (
    SELECT
      "t3"."member_id" AS "a_id",
      COALESCE("t3"."seniority" IN ('vp', 'cxo'), FALSE) AS "a_decides",
      "t3"."company_id" AS "a_company"
    FROM "members" AS "t3"
  ) AS "t17"
    ON "t14"."member_a" = "t17"."a_id"
  INNER JOIN (
    SELECT
      "t3"."member_id" AS "b_id",
      COALESCE("t3"."seniority" IN ('vp', 'cxo'), FALSE) AS "b_decides",
      "t3"."company_id" AS "b_company"
    FROM "members" AS "t3"
  ) AS "t18"
    ON "t14"."member_b" = "t18"."b_id"
), "t55" AS (
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
    CAST(FLOOR(
      (
        LEAST("t54"."raw__profile_completeness" / CAST(7.0 AS DOUBLE), CAST(1.0 AS DOUBLE)) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__profile_completeness",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."raw__rich_media" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__rich_media",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__target__count__endorsement__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(2.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__endorsements_received",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__actor__count__post-article__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__posts_and_articles",
    CAST(FLOOR(
      (
        LEAST(
          LN("t54"."n__target__count__reaction-comment-share__180" + CAST(1.0 AS DOUBLE)) / CAST(4.110873864173311 AS DOUBLE),
          CAST(1.0 AS DOUBLE)
        ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__engagement_received",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__target__count__follow__180" / CAST(1.25 AS DOUBLE)
          ))
        ) * CAST(3.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__followers_gained",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__actor__count__search__180" / CAST(1.5 AS DOUBLE)
          ))
        ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__searches",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__actor__count__advanced_search__180" / CAST(1.25 AS DOUBLE)
          ))
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__advanced_searches",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__actor__count__profile_view__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(8.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__profile_views_made",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__prospecting__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__prospecting_views",
    CAST(FLOOR(
      (
        LEAST(
          LN("t54"."n__target__count__profile_view__180" + CAST(1.0 AS DOUBLE)) / CAST(2.1972245773362196 AS DOUBLE),
          CAST(1.0 AS DOUBLE)
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__inbound_profile_views",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(
            -(
              "t54"."n__actor__count__lead_saved-account_saved__180" / CAST(1.5 AS DOUBLE)
            )
          )
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__leads_and_accounts_saved",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__actor__distinct_days__any__180" / CAST(4.0 AS DOUBLE)
          ))
        ) * CAST(11.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__days_active",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__actor__count__share-post__180" / CAST(1.5 AS DOUBLE)
          ))
        ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__shares_and_posts",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__actor__count__comment-reaction__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(15.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__engagement_given",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(
            -(
              "t54"."n__actor__count__message_sent-inmail_sent__180" / CAST(2.0 AS DOUBLE)
            )
          )
        ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__messages_sent",
    CAST(FLOOR(
      (
        IF(
          "t54"."n__actor__count__message_sent-inmail_sent__180" > 0,
          CAST((
            LEAST(
              "t54"."n__actor__count__message_received__180" + "t54"."n__target__count__inmail_replied__180",
              "t54"."n__actor__count__message_sent-inmail_sent__180"
            ) + CAST(2.0 AS DOUBLE)
          ) AS DOUBLE) / (
            "t54"."n__actor__count__message_sent-inmail_sent__180" + CAST(5.0 AS DOUBLE)
          ),
          CAST(0.0 AS DOUBLE)
        ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__response_rate",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(
            -(
              "t54"."n__actor__count__group_joined-group_post__180" / CAST(1.25 AS DOUBLE)
            )
          )
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__groups",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__connections__all" / CAST(50.0 AS DOUBLE)
          ))
        ) * CAST(5.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__connections",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__connections__decision_makers" / CAST(20.0 AS DOUBLE)
          ))
        ) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__decision_maker_connections",
    CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t54"."n__connections__same_company" / CAST(35.0 AS DOUBLE)
          ))
        ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS "points__same_company_connections",
    CAST(FLOOR(
      (
        IF(
          "t54"."n__invited__180" > 0,
          CAST((
            LEAST("t54"."n__accepted__180", "t54"."n__invited__180") + CAST(2.5 AS DOUBLE)
          ) AS DOUBLE) / (
            "t54"."n__invited__180" + CAST(5.0 AS DOUBLE)
          ),
          CAST(0.0 AS DOUBLE)
        ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
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
        "t52"."member_id",
        "t52"."industry",
        "t52"."team_id",
        "t52"."raw__profile_completeness",
        "t52"."raw__rich_media",
        "t52"."n__actor__count__post-article__180",
        "t52"."n__actor__count__search__180",
        "t52"."n__actor__count__advanced_search__180",
        "t52"."n__actor__count__profile_view__180",
        "t52"."n__actor__count__lead_saved-account_saved__180",
        "t52"."n__actor__count__share-post__180",
        "t52"."n__actor__count__comment-reaction__180",
        "t52"."n__actor__count__message_sent-inmail_sent__180",
        "t52"."n__actor__count__message_received__180",
        "t52"."n__actor__count__group_joined-group_post__180",
        "t52"."n__actor__distinct_days__any__180",
        "t52"."n__target__count__endorsement__180",
        "t52"."n__target__count__reaction-comment-share__180",
        "t52"."n__target__count__follow__180",
        "t52"."n__target__count__profile_view__180",
        "t52"."n__target__count__inmail_replied__180",
        "t52"."n__prospecting__180",
        "t52"."n__connections__all",
        "t52"."n__connections__decision_makers",
        "t52"."n__connections__same_company",
        "t52"."n__invited__180",
        "t52"."n__accepted__180"
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
            "t49"."member_id",
            "t49"."industry",
            "t49"."team_id",
            "t49"."raw__profile_completeness",
            "t49"."raw__rich_media",
            "t49"."n__actor__count__post-article__180",
            "t49"."n__actor__count__search__180",
            "t49"."n__actor__count__advanced_search__180",
            "t49"."n__actor__count__profile_view__180",
            "t49"."n__actor__count__lead_saved-account_saved__180",
            "t49"."n__actor__count__share-post__180",
            "t49"."n__actor__count__comment-reaction__180",
            "t49"."n__actor__count__message_sent-inmail_sent__180",
            "t49"."n__actor__count__message_received__180",
            "t49"."n__actor__count__group_joined-group_post__180",
            "t49"."n__actor__distinct_days__any__180",
            "t49"."n__target__count__endorsement__180",
            "t49"."n__target__count__reaction-comment-share__180",
            "t49"."n__target__count__follow__180",
            "t49"."n__target__count__profile_view__180",
            "t49"."n__target__count__inmail_replied__180",
            "t49"."n__prospecting__180",
            "t49"."n__connections__all",
            "t49"."n__connections__decision_makers",
            "t49"."n__connections__same_company"
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
                "t46"."member_id",
                "t46"."industry",
                "t46"."team_id",
                "t46"."raw__profile_completeness",
                "t46"."raw__rich_media",
                "t46"."n__actor__count__post-article__180",
                "t46"."n__actor__count__search__180",
                "t46"."n__actor__count__advanced_search__180",
                "t46"."n__actor__count__profile_view__180",
                "t46"."n__actor__count__lead_saved-account_saved__180",
                "t46"."n__actor__count__share-post__180",
                "t46"."n__actor__count__comment-reaction__180",
                "t46"."n__actor__count__message_sent-inmail_sent__180",
                "t46"."n__actor__count__message_received__180",
                "t46"."n__actor__count__group_joined-group_post__180",
                "t46"."n__actor__distinct_days__any__180",
                "t46"."n__target__count__endorsement__180",
                "t46"."n__target__count__reaction-comment-share__180",
                "t46"."n__target__count__follow__180",
                "t46"."n__target__count__profile_view__180",
                "t46"."n__target__count__inmail_replied__180",
                "t46"."n__prospecting__180"
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
                  "t35"."key",
                  "t35"."n__prospecting__180"
                FROM (
                  SELECT
                    "t43"."member_id",
                    "t43"."industry",
                    "t43"."team_id",
                    "t43"."raw__profile_completeness",
                    "t43"."raw__rich_media",
                    "t43"."n__actor__count__post-article__180",
                    "t43"."n__actor__count__search__180",
                    "t43"."n__actor__count__advanced_search__180",
                    "t43"."n__actor__count__profile_view__180",
                    "t43"."n__actor__count__lead_saved-account_saved__180",
                    "t43"."n__actor__count__share-post__180",
                    "t43"."n__actor__count__comment-reaction__180",
                    "t43"."n__actor__count__message_sent-inmail_sent__180",
                    "t43"."n__actor__count__message_received__180",
                    "t43"."n__actor__count__group_joined-group_post__180",
                    "t43"."n__actor__distinct_days__any__180",
                    "t43"."n__target__count__endorsement__180",
                    "t43"."n__target__count__reaction-comment-share__180",
                    "t43"."n__target__count__follow__180",
                    "t43"."n__target__count__profile_view__180",
                    "t43"."n__target__count__inmail_replied__180"
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
                      "t25"."key",
                      "t25"."n__target__count__endorsement__180",
                      "t25"."n__target__count__reaction-comment-share__180",
                      "t25"."n__target__count__follow__180",
                      "t25"."n__target__count__profile_view__180",
                      "t25"."n__target__count__inmail_replied__180"
                    FROM (
                      SELECT
                        "t39"."member_id",
                        "t39"."industry",
                        "t39"."team_id",
                        "t39"."raw__profile_completeness",
                        "t39"."raw__rich_media",
                        "t39"."n__actor__count__post-article__180",
                        "t39"."n__actor__count__search__180",
                        "t39"."n__actor__count__advanced_search__180",
                        "t39"."n__actor__count__profile_view__180",
                        "t39"."n__actor__count__lead_saved-account_saved__180",
                        "t39"."n__actor__count__share-post__180",
                        "t39"."n__actor__count__comment-reaction__180",
                        "t39"."n__actor__count__message_sent-inmail_sent__180",
                        "t39"."n__actor__count__message_received__180",
                        "t39"."n__actor__count__group_joined-group_post__180",
                        "t39"."n__actor__distinct_days__any__180"
                      FROM (
                        SELECT
                          "t30"."member_id",
                          "t30"."industry",
                          "t30"."team_id",
                          "t30"."raw__profile_completeness",
                          "t30"."raw__rich_media",
                          "t36"."key",
                          "t36"."n__actor__count__post-article__180",
                          "t36"."n__actor__count__search__180",
                          "t36"."n__actor__count__advanced_search__180",
                          "t36"."n__actor__count__profile_view__180",
                          "t36"."n__actor__count__lead_saved-account_saved__180",
                          "t36"."n__actor__count__share-post__180",
                          "t36"."n__actor__count__comment-reaction__180",
                          "t36"."n__actor__count__message_sent-inmail_sent__180",
                          "t36"."n__actor__count__message_received__180",
                          "t36"."n__actor__count__group_joined-group_post__180",
                          "t36"."n__actor__distinct_days__any__180"
                        FROM (
                          SELECT
                            "t3"."member_id",
                            "t3"."industry",
                            "t3"."team_id",
                            CAST(CAST(COALESCE("t3"."has_photo", FALSE) AS BIGINT) + CAST(COALESCE("t3"."has_headline", FALSE) AS BIGINT) + CAST(COALESCE("t3"."has_summary", FALSE) AS BIGINT) + CAST(COALESCE("t3"."experience_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t3"."education_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t3"."skills_count", 0) >= 5 AS BIGINT) + CAST(COALESCE("t3"."recommendations_count", 0) >= 1 AS BIGINT) AS DOUBLE) AS "raw__profile_completeness",
                            CAST(COALESCE("t3"."rich_media_count", 0) AS DOUBLE) AS "raw__rich_media"
                          FROM "members" AS "t3"
                          WHERE
                            "t3"."joined_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                        ) AS "t30"
                        LEFT OUTER JOIN (
                          SELECT
                            "t24"."key",
                            "t24"."n__actor__count__post-article__180",
                            "t24"."n__actor__count__search__180",
                            "t24"."n__actor__count__advanced_search__180",
                            "t24"."n__actor__count__profile_view__180",
                            "t24"."n__actor__count__lead_saved-account_saved__180",
                            "t24"."n__actor__count__share-post__180",
                            "t24"."n__actor__count__comment-reaction__180",
                            "t24"."n__actor__count__message_sent-inmail_sent__180",
                            "t24"."n__actor__count__message_received__180",
                            "t24"."n__actor__count__group_joined-group_post__180",
                            "t19"."n__actor__distinct_days__any__180"
                          FROM (
                            SELECT
                              "t6"."member_id" AS "key",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('post', 'article')) AS "n__actor__count__post-article__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('search')) AS "n__actor__count__search__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('advanced_search')) AS "n__actor__count__advanced_search__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('profile_view')) AS "n__actor__count__profile_view__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('lead_saved', 'account_saved')) AS "n__actor__count__lead_saved-account_saved__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('share', 'post')) AS "n__actor__count__share-post__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('comment', 'reaction')) AS "n__actor__count__comment-reaction__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('message_sent', 'inmail_sent')) AS "n__actor__count__message_sent-inmail_sent__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('message_received')) AS "n__actor__count__message_received__180",
                              COUNT("t6"."event_id") FILTER(WHERE
                                (
                                  "t6"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t6"."event_type" IN ('group_joined', 'group_post')) AS "n__actor__count__group_joined-group_post__180"
                            FROM (
                              SELECT
                                *
                              FROM "activity" AS "t2"
                              WHERE
                                "t2"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                AND "t2"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                            ) AS "t6"
                            GROUP BY
                              1
                          ) AS "t24"
                          LEFT OUTER JOIN (
                            SELECT
                              "t7"."key",
                              COUNT(*) AS "n__actor__distinct_days__any__180"
                            FROM (
                              SELECT DISTINCT
                                "t2"."member_id" AS "key",
                                DATE("t2"."occurred_at") AS "day"
                              FROM "activity" AS "t2"
                              WHERE
                                "t2"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                AND "t2"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                            ) AS "t7"
                            GROUP BY
                              1
                          ) AS "t19"
                            ON "t24"."key" = "t19"."key"
                        ) AS "t36"
                          ON "t30"."member_id" = "t36"."key"
                      ) AS "t39"
                    ) AS "t42"
                    LEFT OUTER JOIN (
                      SELECT
                        "t9"."target_member_id" AS "key",
                        COUNT("t9"."event_id") FILTER(WHERE
                          (
                            "t9"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t9"."event_type" IN ('endorsement')) AS "n__target__count__endorsement__180",
                        COUNT("t9"."event_id") FILTER(WHERE
                          (
                            "t9"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t9"."event_type" IN ('reaction', 'comment', 'share')) AS "n__target__count__reaction-comment-share__180",
                        COUNT("t9"."event_id") FILTER(WHERE
                          (
                            "t9"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t9"."event_type" IN ('follow')) AS "n__target__count__follow__180",
                        COUNT("t9"."event_id") FILTER(WHERE
                          (
                            "t9"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t9"."event_type" IN ('profile_view')) AS "n__target__count__profile_view__180",
                        COUNT("t9"."event_id") FILTER(WHERE
                          (
                            "t9"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t9"."event_type" IN ('inmail_replied')) AS "n__target__count__inmail_replied__180"
                      FROM (
                        SELECT
                          *
                        FROM "activity" AS "t2"
                        WHERE
                          "t2"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          AND "t2"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                          AND "t2"."target_member_id" IS NOT NULL
                      ) AS "t9"
                      GROUP BY
                        1
                    ) AS "t25"
                      ON "t42"."member_id" = "t25"."key"
                  ) AS "t43"
                ) AS "t45"
                LEFT OUTER JOIN (
                  SELECT
                    "t22"."member_id" AS "key",
                    COUNT("t22"."event_id") FILTER(WHERE
                      "t22"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)) AS "n__prospecting__180"
                  FROM (
                    SELECT
                      "t11"."event_id",
                      "t11"."member_id",
                      "t11"."event_type",
                      "t11"."occurred_at",
                      "t11"."target_member_id",
                      "t11"."content_id",
                      "t11"."value",
                      "t11"."low",
                      "t11"."high"
                    FROM (
                      SELECT
                        "t2"."event_id",
                        "t2"."member_id",
                        "t2"."event_type",
                        "t2"."occurred_at",
                        "t2"."target_member_id",
                        "t2"."content_id",
                        "t2"."value",
                        LEAST("t2"."member_id", "t2"."target_member_id") AS "low",
                        GREATEST("t2"."member_id", "t2"."target_member_id") AS "high"
                      FROM "activity" AS "t2"
                      WHERE
                        "t2"."event_type" = 'profile_view'
                        AND "t2"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                        AND "t2"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                        AND "t2"."target_member_id" IS NOT NULL
                    ) AS "t11"
                    WHERE
                      NOT EXISTS(
                        SELECT
                          1
                        FROM "t4" AS "t15"
                        WHERE
                          "t11"."low" = "t15"."member_a" AND "t11"."high" = "t15"."member_b"
                      )
                  ) AS "t22"
                  GROUP BY
                    1
                ) AS "t35"
                  ON "t45"."member_id" = "t35"."key"
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
            "t5"."sender_id" AS "key",
            COUNT(*) FILTER(WHERE
              "t5"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)) AS "n__invited__180",
            COUNT(*) FILTER(WHERE
              (
                "t5"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
              )
              AND (
                "t5"."accepted_at" IS NOT NULL
              )
              AND (
                "t5"."accepted_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
              )) AS "n__accepted__180"
          FROM (
            SELECT
              *
            FROM "invitations" AS "t1"
            WHERE
              "t1"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
              AND "t1"."sent_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
          ) AS "t5"
          GROUP BY
            1
        ) AS "t27"
          ON "t51"."member_id" = "t27"."key"
      ) AS "t52"
    ) AS "t53"
  ) AS "t54"
), "t60" AS (
  SELECT
    "t56"."member_id",
    "t56"."industry",
    "t56"."team_id",
    CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "brand",
    CAST(CAST("t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "find",
    CAST(CAST("t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "engage",
    CAST(CAST("t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "relationships",
    CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" + (
      "t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active"
    ) + (
      "t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups"
    ) + (
      "t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate"
    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "total",
    ARRAY["t56"."raw__profile_completeness", "t56"."raw__rich_media", "t56"."raw__endorsements_received", "t56"."raw__posts_and_articles", "t56"."raw__engagement_received", "t56"."raw__followers_gained", "t56"."raw__searches", "t56"."raw__advanced_searches", "t56"."raw__profile_views_made", "t56"."raw__prospecting_views", "t56"."raw__inbound_profile_views", "t56"."raw__leads_and_accounts_saved", "t56"."raw__days_active", "t56"."raw__shares_and_posts", "t56"."raw__engagement_given", "t56"."raw__messages_sent", "t56"."raw__response_rate", "t56"."raw__groups", "t56"."raw__connections", "t56"."raw__decision_maker_connections", "t56"."raw__same_company_connections", "t56"."raw__acceptance_rate"] AS "signal_raw",
    ARRAY[CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t56"."trials__response_rate", CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t56"."trials__acceptance_rate"] AS "signal_trials",
    ARRAY[CAST(CAST("t56"."points__profile_completeness" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__rich_media" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__endorsements_received" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__posts_and_articles" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__engagement_received" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__searches" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__advanced_searches" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__profile_views_made" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__prospecting_views" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__inbound_profile_views" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__leads_and_accounts_saved" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__shares_and_posts" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__engagement_given" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__messages_sent" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__response_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__decision_maker_connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__same_company_connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2))] AS "signal_points"
  FROM "t55" AS "t56"
  WHERE
    "t56"."team_id" IS NOT NULL
), "t61" AS (
  SELECT
    "t56"."member_id",
    "t56"."industry",
    "t56"."team_id",
    CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "brand",
    CAST(CAST("t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "find",
    CAST(CAST("t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "engage",
    CAST(CAST("t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "relationships",
    CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" + (
      "t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active"
    ) + (
      "t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups"
    ) + (
      "t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate"
    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "total",
    ARRAY["t56"."raw__profile_completeness", "t56"."raw__rich_media", "t56"."raw__endorsements_received", "t56"."raw__posts_and_articles", "t56"."raw__engagement_received", "t56"."raw__followers_gained", "t56"."raw__searches", "t56"."raw__advanced_searches", "t56"."raw__profile_views_made", "t56"."raw__prospecting_views", "t56"."raw__inbound_profile_views", "t56"."raw__leads_and_accounts_saved", "t56"."raw__days_active", "t56"."raw__shares_and_posts", "t56"."raw__engagement_given", "t56"."raw__messages_sent", "t56"."raw__response_rate", "t56"."raw__groups", "t56"."raw__connections", "t56"."raw__decision_maker_connections", "t56"."raw__same_company_connections", "t56"."raw__acceptance_rate"] AS "signal_raw",
    ARRAY[CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t56"."trials__response_rate", CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t56"."trials__acceptance_rate"] AS "signal_trials",
    ARRAY[CAST(CAST("t56"."points__profile_completeness" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__rich_media" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__endorsements_received" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__posts_and_articles" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__engagement_received" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__searches" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__advanced_searches" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__profile_views_made" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__prospecting_views" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__inbound_profile_views" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__leads_and_accounts_saved" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__shares_and_posts" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__engagement_given" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__messages_sent" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__response_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__decision_maker_connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__same_company_connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2))] AS "signal_points"
  FROM "t55" AS "t56"
  WHERE
    "t56"."industry" IS NOT NULL
), "t69" AS (
  SELECT
    "t14"."member_a",
    "t14"."member_b",
    "t63"."a_total",
    "t64"."b_total"
  FROM "t4" AS "t14"
  INNER JOIN (
    SELECT
      "t56"."member_id" AS "a_id",
      CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" + (
        "t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active"
      ) + (
        "t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups"
      ) + (
        "t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate"
      ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "a_total"
    FROM "t55" AS "t56"
  ) AS "t63"
    ON "t14"."member_a" = "t63"."a_id"
  INNER JOIN (
    SELECT
      "t56"."member_id" AS "b_id",
      CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" + (
        "t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active"
      ) + (
        "t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups"
      ) + (
        "t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate"
      ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "b_total"
    FROM "t55" AS "t56"
  ) AS "t64"
    ON "t14"."member_b" = "t64"."b_id"
)
SELECT
  FROM_ISO8601_DATE('2026-03-31') AS "as_of",
  "t99"."member_id",
  '1.2.0' AS "model_version",
  "t99"."industry",
  "t99"."team_id",
  "t99"."brand",
  "t99"."find",
  "t99"."engage",
  "t99"."relationships",
  "t99"."total",
  "t99"."industry_rank",
  "t99"."industry_size",
  "t99"."industry_avg",
  "t99"."network_rank",
  "t99"."network_size",
  "t99"."network_avg",
  "t99"."team_rank",
  "t99"."team_size",
  "t99"."team_avg",
  "t99"."signal_raw",
  "t99"."signal_trials",
  "t99"."signal_points"
FROM (
  SELECT
    "t98"."member_id",
    "t98"."industry",
    "t98"."team_id",
    "t98"."brand",
    "t98"."find",
    "t98"."engage",
    "t98"."relationships",
    "t98"."total",
    "t98"."signal_raw",
    "t98"."signal_trials",
    "t98"."signal_points",
    "t98"."industry_rank",
    "t98"."industry_size",
    "t98"."industry_avg",
    "t98"."team_rank",
    "t98"."team_size",
    "t98"."team_avg",
    "t98"."network_rank",
    "t98"."network_size",
    "t98"."network_avg"
  FROM (
    SELECT
      "t97"."member_id",
      "t97"."industry",
      "t97"."team_id",
      "t97"."brand",
      "t97"."find",
      "t97"."engage",
      "t97"."relationships",
      "t97"."total",
      "t97"."signal_raw",
      "t97"."signal_trials",
      "t97"."signal_points",
      "t97"."industry_rank",
      "t97"."industry_size",
      "t97"."industry_avg",
      "t97"."team_rank",
      "t97"."team_size",
      "t97"."team_avg",
      "t97"."n_connected",
      "t97"."n_above",
      "t97"."sum_connected",
      IF(
        (
          COALESCE("t97"."n_connected", 0) + 1
        ) >= 5,
        COALESCE("t97"."n_above", 0) + 1,
        NULL
      ) AS "network_rank",
      COALESCE("t97"."n_connected", 0) + 1 AS "network_size",
      CAST((
        CAST("t97"."total" AS DOUBLE) + COALESCE("t97"."sum_connected", CAST(0.0 AS DOUBLE))
      ) AS DOUBLE) / (
        COALESCE("t97"."n_connected", 0) + 1
      ) AS "network_avg"
    FROM (
      SELECT
        "t96"."member_id",
        "t96"."industry",
        "t96"."team_id",
        "t96"."brand",
        "t96"."find",
        "t96"."engage",
        "t96"."relationships",
        "t96"."total",
        "t96"."signal_raw",
        "t96"."signal_trials",
        "t96"."signal_points",
        "t96"."industry_rank",
        "t96"."industry_size",
        "t96"."industry_avg",
        "t96"."team_rank",
        "t96"."team_size",
        "t96"."team_avg",
        "t96"."n_connected",
        "t96"."n_above",
        "t96"."sum_connected"
      FROM (
        SELECT
          "t95"."member_id",
          "t95"."industry",
          "t95"."team_id",
          "t95"."brand",
          "t95"."find",
          "t95"."engage",
          "t95"."relationships",
          "t95"."total",
          "t95"."signal_raw",
          "t95"."signal_trials",
          "t95"."signal_points",
          "t95"."industry_rank",
          "t95"."industry_size",
          "t95"."industry_avg",
          "t95"."team_rank",
          "t95"."team_size",
          "t95"."team_avg",
          "t85"."key",
          "t85"."n_connected",
          "t85"."n_above",
          "t85"."sum_connected"
        FROM (
          SELECT
            "t93"."member_id",
            "t93"."industry",
            "t93"."team_id",
            "t93"."brand",
            "t93"."find",
            "t93"."engage",
            "t93"."relationships",
            "t93"."total",
            "t93"."signal_raw",
            "t93"."signal_trials",
            "t93"."signal_points",
            "t93"."industry_rank",
            "t93"."industry_size",
            "t93"."industry_avg",
            "t93"."team_rank",
            "t93"."team_size",
            "t93"."team_avg"
          FROM (
            SELECT
              "t92"."member_id",
              "t92"."industry",
              "t92"."team_id",
              "t92"."brand",
              "t92"."find",
              "t92"."engage",
              "t92"."relationships",
              "t92"."total",
              "t92"."signal_raw",
              "t92"."signal_trials",
              "t92"."signal_points",
              "t92"."industry_rank",
              "t92"."industry_size",
              "t92"."industry_avg",
              "t88"."stats_key",
              "t88"."stats_total",
              "t88"."team_rank",
              "t88"."team_size",
              "t88"."team_avg"
            FROM (
              SELECT
                "t90"."member_id",
                "t90"."industry",
                "t90"."team_id",
                "t90"."brand",
                "t90"."find",
                "t90"."engage",
                "t90"."relationships",
                "t90"."total",
                "t90"."signal_raw",
                "t90"."signal_trials",
                "t90"."signal_points",
                "t90"."industry_rank",
                "t90"."industry_size",
                "t90"."industry_avg"
              FROM (
                SELECT
                  "t62"."member_id",
                  "t62"."industry",
                  "t62"."team_id",
                  "t62"."brand",
                  "t62"."find",
                  "t62"."engage",
                  "t62"."relationships",
                  "t62"."total",
                  "t62"."signal_raw",
                  "t62"."signal_trials",
                  "t62"."signal_points",
                  "t89"."stats_key",
                  "t89"."stats_total",
                  "t89"."industry_rank",
                  "t89"."industry_size",
                  "t89"."industry_avg"
                FROM (
                  SELECT
                    "t56"."member_id",
                    "t56"."industry",
                    "t56"."team_id",
                    CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "brand",
                    CAST(CAST("t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "find",
                    CAST(CAST("t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "engage",
                    CAST(CAST("t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "relationships",
                    CAST(CAST("t56"."points__profile_completeness" + "t56"."points__rich_media" + "t56"."points__endorsements_received" + "t56"."points__posts_and_articles" + "t56"."points__engagement_received" + "t56"."points__followers_gained" + (
                      "t56"."points__searches" + "t56"."points__advanced_searches" + "t56"."points__profile_views_made" + "t56"."points__prospecting_views" + "t56"."points__inbound_profile_views" + "t56"."points__leads_and_accounts_saved" + "t56"."points__days_active"
                    ) + (
                      "t56"."points__shares_and_posts" + "t56"."points__engagement_given" + "t56"."points__messages_sent" + "t56"."points__response_rate" + "t56"."points__groups"
                    ) + (
                      "t56"."points__connections" + "t56"."points__decision_maker_connections" + "t56"."points__same_company_connections" + "t56"."points__acceptance_rate"
                    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "total",
                    ARRAY["t56"."raw__profile_completeness", "t56"."raw__rich_media", "t56"."raw__endorsements_received", "t56"."raw__posts_and_articles", "t56"."raw__engagement_received", "t56"."raw__followers_gained", "t56"."raw__searches", "t56"."raw__advanced_searches", "t56"."raw__profile_views_made", "t56"."raw__prospecting_views", "t56"."raw__inbound_profile_views", "t56"."raw__leads_and_accounts_saved", "t56"."raw__days_active", "t56"."raw__shares_and_posts", "t56"."raw__engagement_given", "t56"."raw__messages_sent", "t56"."raw__response_rate", "t56"."raw__groups", "t56"."raw__connections", "t56"."raw__decision_maker_connections", "t56"."raw__same_company_connections", "t56"."raw__acceptance_rate"] AS "signal_raw",
                    ARRAY[CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t56"."trials__response_rate", CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t56"."trials__acceptance_rate"] AS "signal_trials",
                    ARRAY[CAST(CAST("t56"."points__profile_completeness" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__rich_media" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__endorsements_received" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__posts_and_articles" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__engagement_received" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__searches" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__advanced_searches" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__profile_views_made" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__prospecting_views" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__inbound_profile_views" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__leads_and_accounts_saved" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__shares_and_posts" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__engagement_given" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__messages_sent" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__response_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__decision_maker_connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__same_company_connections" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST("t56"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2))] AS "signal_points"
                  FROM "t55" AS "t56"
                ) AS "t62"
                LEFT OUTER JOIN (
                  SELECT
                    "t84"."industry" AS "stats_key",
                    "t84"."total" AS "stats_total",
                    "t84"."rank" AS "industry_rank",
                    "t84"."size" AS "industry_size",
                    "t84"."avg" AS "industry_avg"
                  FROM (
                    SELECT
                      "t80"."industry",
                      "t80"."total",
                      IF("t74"."size" >= 5, "t80"."rank", NULL) AS "rank",
                      "t74"."size",
                      "t74"."avg"
                    FROM (
                      SELECT
                        "t68"."industry",
                        "t68"."total",
                        "t68"."members",
                        COALESCE(
                          SUM("t68"."members") OVER (
                            PARTITION BY "t68"."industry"
                            ORDER BY "t68"."total" DESC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ),
                          0
                        ) + 1 AS "rank"
                      FROM (
                        SELECT
                          "t66"."industry",
                          "t66"."total",
                          COUNT(*) AS "members"
                        FROM "t61" AS "t66"
                        GROUP BY
                          1,
                          2
                      ) AS "t68"
                    ) AS "t80"
                    INNER JOIN (
                      SELECT
                        "t66"."industry",
                        COUNT(*) AS "size",
                        AVG(CAST("t66"."total" AS DOUBLE)) AS "avg"
                      FROM "t61" AS "t66"
                      GROUP BY
                        1
                    ) AS "t74"
                      ON "t80"."industry" = "t74"."industry"
                  ) AS "t84"
                ) AS "t89"
                  ON "t62"."industry" = "t89"."stats_key" AND "t62"."total" = "t89"."stats_total"
              ) AS "t90"
            ) AS "t92"
            LEFT OUTER JOIN (
              SELECT
                "t83"."team_id" AS "stats_key",
                "t83"."total" AS "stats_total",
                "t83"."rank" AS "team_rank",
                "t83"."size" AS "team_size",
                "t83"."avg" AS "team_avg"
              FROM (
                SELECT
                  "t79"."team_id",
                  "t79"."total",
                  IF("t73"."size" >= 5, "t79"."rank", NULL) AS "rank",
                  "t73"."size",
                  "t73"."avg"
                FROM (
                  SELECT
                    "t67"."team_id",
                    "t67"."total",
                    "t67"."members",
                    COALESCE(
                      SUM("t67"."members") OVER (
                        PARTITION BY "t67"."team_id"
                        ORDER BY "t67"."total" DESC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ),
                      0
                    ) + 1 AS "rank"
                  FROM (
                    SELECT
                      "t65"."team_id",
                      "t65"."total",
                      COUNT(*) AS "members"
                    FROM "t60" AS "t65"
                    GROUP BY
                      1,
                      2
                  ) AS "t67"
                ) AS "t79"
                INNER JOIN (
                  SELECT
                    "t65"."team_id",
                    COUNT(*) AS "size",
                    AVG(CAST("t65"."total" AS DOUBLE)) AS "avg"
                  FROM "t60" AS "t65"
                  GROUP BY
                    1
                ) AS "t73"
                  ON "t79"."team_id" = "t73"."team_id"
              ) AS "t83"
            ) AS "t88"
              ON "t92"."team_id" = "t88"."stats_key" AND "t92"."total" = "t88"."stats_total"
          ) AS "t93"
        ) AS "t95"
        LEFT OUTER JOIN (
          SELECT
            "t81"."key",
            SUM("t81"."n_connected") AS "n_connected",
            SUM("t81"."n_above") AS "n_above",
            SUM("t81"."sum_connected") AS "sum_connected"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t72"."member_a" AS "key",
                COUNT(*) AS "n_connected",
                COUNT(*) FILTER(WHERE
                  "t72"."b_total" > "t72"."a_total") AS "n_above",
                SUM(CAST("t72"."b_total" AS DOUBLE)) AS "sum_connected"
              FROM "t69" AS "t72"
              GROUP BY
                1
            ) AS "t77"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                "t72"."member_b" AS "key",
                COUNT(*) AS "n_connected",
                COUNT(*) FILTER(WHERE
                  "t72"."a_total" > "t72"."b_total") AS "n_above",
                SUM(CAST("t72"."a_total" AS DOUBLE)) AS "sum_connected"
              FROM "t69" AS "t72"
              GROUP BY
                1
            ) AS "t78"
          ) AS "t81"
          GROUP BY
            1
        ) AS "t85"
          ON "t95"."member_id" = "t85"."key"
      ) AS "t96"
    ) AS "t97"
  ) AS "t98"
) AS "t99"
