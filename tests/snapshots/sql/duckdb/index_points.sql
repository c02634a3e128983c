SELECT
  "t53"."member_id",
  "t53"."industry",
  "t53"."team_id",
  "t53"."brand",
  "t53"."find",
  "t53"."engage",
  "t53"."relationships",
  "t53"."total",
  CAST([
    "t53"."raw__profile_completeness",
    "t53"."raw__rich_media",
    "t53"."raw__endorsements_received",
    "t53"."raw__posts_and_articles",
    "t53"."raw__engagement_received",
    "t53"."raw__followers_gained",
    "t53"."raw__searches",
    "t53"."raw__advanced_searches",
    "t53"."raw__profile_views_made",
    "t53"."raw__prospecting_views",
    "t53"."raw__inbound_profile_views",
    "t53"."raw__leads_and_accounts_saved",
    "t53"."raw__days_active",
    "t53"."raw__shares_and_posts",
    "t53"."raw__engagement_given",
    "t53"."raw__messages_sent",
    "t53"."raw__response_rate",
    "t53"."raw__groups",
    "t53"."raw__connections",
    "t53"."raw__decision_maker_connections",
    "t53"."raw__same_company_connections",
    "t53"."raw__acceptance_rate"
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
    "t53"."trials__response_rate",
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    "t53"."trials__acceptance_rate"
  ] AS DOUBLE[]) AS "signal_trials",
  CAST([
    CAST(CAST(CAST(FLOOR((
      LEAST("t53"."raw__profile_completeness" / 7.0, 1.0) * 9.0 * 100.0
    ) + 0.5) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__rich_media" / 2.0
          ))
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__endorsements_received" / 2.0
          ))
        ) * 2.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__posts_and_articles" / 2.0
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        LEAST(LN("t53"."raw__engagement_received" + 1.0) / 4.110873864173311, 1.0) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__followers_gained" / 1.25
          ))
        ) * 3.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__searches" / 1.5
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__advanced_searches" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__profile_views_made" / 2.0
          ))
        ) * 8.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__prospecting_views" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        LEAST(LN("t53"."raw__inbound_profile_views" + 1.0) / 2.1972245773362196, 1.0) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__leads_and_accounts_saved" / 1.5
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__days_active" / 4.0
          ))
        ) * 11.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__shares_and_posts" / 1.5
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__engagement_given" / 2.0
          ))
        ) * 15.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__messages_sent" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        CASE
          WHEN "t53"."trials__response_rate" > 0
          THEN (
            LEAST("t53"."raw__response_rate", "t53"."trials__response_rate") + 2.0
          ) / (
            "t53"."trials__response_rate" + 5.0
          )
          ELSE 0.0
        END * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__groups" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__connections" / 50.0
          ))
        ) * 5.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__decision_maker_connections" / 20.0
          ))
        ) * 9.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__same_company_connections" / 35.0
          ))
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        CASE
          WHEN "t53"."trials__acceptance_rate" > 0
          THEN (
            LEAST("t53"."raw__acceptance_rate", "t53"."trials__acceptance_rate") + 2.5
          ) / (
            "t53"."trials__acceptance_rate" + 5.0
          )
          ELSE 0.0
        END * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2))
  ] AS DECIMAL(4, 2)[]) AS "signal_points"
FROM (
  SELECT
    "t52"."member_id",
    "t52"."industry",
    "t52"."team_id",
    CAST("t52"."raw__profile_completeness" AS DOUBLE) AS "raw__profile_completeness",
    CAST("t52"."raw__rich_media" AS DOUBLE) AS "raw__rich_media",
    CAST("t52"."raw__endorsements_received" AS DOUBLE) AS "raw__endorsements_received",
    CAST("t52"."raw__posts_and_articles" AS DOUBLE) AS "raw__posts_and_articles",
    CAST("t52"."raw__engagement_received" AS DOUBLE) AS "raw__engagement_received",
    CAST("t52"."raw__followers_gained" AS DOUBLE) AS "raw__followers_gained",
    CAST("t52"."raw__searches" AS DOUBLE) AS "raw__searches",
    CAST("t52"."raw__advanced_searches" AS DOUBLE) AS "raw__advanced_searches",
    CAST("t52"."raw__profile_views_made" AS DOUBLE) AS "raw__profile_views_made",
    CAST("t52"."raw__prospecting_views" AS DOUBLE) AS "raw__prospecting_views",
    CAST("t52"."raw__inbound_profile_views" AS DOUBLE) AS "raw__inbound_profile_views",
    CAST("t52"."raw__leads_and_accounts_saved" AS DOUBLE) AS "raw__leads_and_accounts_saved",
    CAST("t52"."raw__days_active" AS DOUBLE) AS "raw__days_active",
    CAST("t52"."raw__shares_and_posts" AS DOUBLE) AS "raw__shares_and_posts",
    CAST("t52"."raw__engagement_given" AS DOUBLE) AS "raw__engagement_given",
    CAST("t52"."raw__messages_sent" AS DOUBLE) AS "raw__messages_sent",
    CAST("t52"."raw__response_rate" AS DOUBLE) AS "raw__response_rate",
    CAST("t52"."raw__groups" AS DOUBLE) AS "raw__groups",
    CAST("t52"."raw__connections" AS DOUBLE) AS "raw__connections",
    CAST("t52"."raw__decision_maker_connections" AS DOUBLE) AS "raw__decision_maker_connections",
    CAST("t52"."raw__same_company_connections" AS DOUBLE) AS "raw__same_company_connections",
    CAST("t52"."raw__acceptance_rate" AS DOUBLE) AS "raw__acceptance_rate",
    CAST("t52"."trials__response_rate" AS DOUBLE) AS "trials__response_rate",
    CAST("t52"."trials__acceptance_rate" AS DOUBLE) AS "trials__acceptance_rate",
    CAST(CAST("t52"."points__profile_completeness" + "t52"."points__rich_media" + "t52"."points__endorsements_received" + "t52"."points__posts_and_articles" + "t52"."points__engagement_received" + "t52"."points__followers_gained" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "brand",
    CAST(CAST("t52"."points__searches" + "t52"."points__advanced_searches" + "t52"."points__profile_views_made" + "t52"."points__prospecting_views" + "t52"."points__inbound_profile_views" + "t52"."points__leads_and_accounts_saved" + "t52"."points__days_active" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "find",
    CAST(CAST("t52"."points__shares_and_posts" + "t52"."points__engagement_given" + "t52"."points__messages_sent" + "t52"."points__response_rate" + "t52"."points__groups" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "engage",
    CAST(CAST("t52"."points__connections" + "t52"."points__decision_maker_connections" + "t52"."points__same_company_connections" + "t52"."points__acceptance_rate" AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "relationships",
    CAST(CAST("t52"."points__profile_completeness" + "t52"."points__rich_media" + "t52"."points__endorsements_received" + "t52"."points__posts_and_articles" + "t52"."points__engagement_received" + "t52"."points__followers_gained" + (
      "t52"."points__searches" + "t52"."points__advanced_searches" + "t52"."points__profile_views_made" + "t52"."points__prospecting_views" + "t52"."points__inbound_profile_views" + "t52"."points__leads_and_accounts_saved" + "t52"."points__days_active"
    ) + (
      "t52"."points__shares_and_posts" + "t52"."points__engagement_given" + "t52"."points__messages_sent" + "t52"."points__response_rate" + "t52"."points__groups"
    ) + (
      "t52"."points__connections" + "t52"."points__decision_maker_connections" + "t52"."points__same_company_connections" + "t52"."points__acceptance_rate"
    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "total"
  FROM (
    SELECT
      "t51"."member_id",
      "t51"."industry",
      "t51"."team_id",
      CAST("t51"."raw__profile_completeness" AS INT) AS "raw__profile_completeness",
      CAST("t51"."raw__rich_media" AS INT) AS "raw__rich_media",
      CAST("t51"."n__target__count__endorsement__180" AS INT) AS "raw__endorsements_received",
      CAST("t51"."n__actor__count__post-article__180" AS INT) AS "raw__posts_and_articles",
      CAST("t51"."n__target__count__reaction-comment-share__180" AS INT) AS "raw__engagement_received",
      CAST("t51"."n__target__count__follow__180" AS INT) AS "raw__followers_gained",
      CAST("t51"."n__actor__count__search__180" AS INT) AS "raw__searches",
      CAST("t51"."n__actor__count__advanced_search__180" AS INT) AS "raw__advanced_searches",
      CAST("t51"."n__actor__count__profile_view__180" AS INT) AS "raw__profile_views_made",
      CAST("t51"."n__prospecting__180" AS INT) AS "raw__prospecting_views",
      CAST("t51"."n__target__count__profile_view__180" AS INT) AS "raw__inbound_profile_views",
      CAST("t51"."n__actor__count__lead_saved-account_saved__180" AS INT) AS "raw__leads_and_accounts_saved",
      CAST("t51"."n__actor__distinct_days__any__180" AS INT) AS "raw__days_active",
      CAST("t51"."n__actor__count__share-post__180" AS INT) AS "raw__shares_and_posts",
      CAST("t51"."n__actor__count__comment-reaction__180" AS INT) AS "raw__engagement_given",
      CAST("t51"."n__actor__count__message_sent-inmail_sent__180" AS INT) AS "raw__messages_sent",
      CAST("t51"."n__actor__count__message_received__180" + "t51"."n__target__count__inmail_replied__180" AS INT) AS "raw__response_rate",
      CAST("t51"."n__actor__count__message_sent-inmail_sent__180" AS INT) AS "trials__response_rate",
      CAST("t51"."n__actor__count__group_joined-group_post__180" AS INT) AS "raw__groups",
      CAST("t51"."n__connections__all" AS INT) AS "raw__connections",
      CAST("t51"."n__connections__decision_makers" AS INT) AS "raw__decision_maker_connections",
      CAST("t51"."n__connections__same_company" AS INT) AS "raw__same_company_connections",
      CAST("t51"."n__accepted__180" AS INT) AS "raw__acceptance_rate",
      CAST("t51"."n__invited__180" AS INT) AS "trials__acceptance_rate",
      CAST(CAST(FLOOR((
        LEAST("t51"."raw__profile_completeness" / 7.0, 1.0) * 9.0 * 100.0
      ) + 0.5) AS BIGINT) AS SMALLINT) AS "points__profile_completeness",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."raw__rich_media" / 2.0
            ))
          ) * 2.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__rich_media",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__target__count__endorsement__180" / 2.0
            ))
          ) * 2.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__endorsements_received",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__post-article__180" / 2.0
            ))
          ) * 6.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__posts_and_articles",
      CAST(CAST(FLOOR(
        (
          LEAST(
            LN("t51"."n__target__count__reaction-comment-share__180" + 1.0) / 4.110873864173311,
            1.0
          ) * 2.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__engagement_received",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__target__count__follow__180" / 1.25
            ))
          ) * 3.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__followers_gained",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__search__180" / 1.5
            ))
          ) * 1.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__searches",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__advanced_search__180" / 1.25
            ))
          ) * 1.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__advanced_searches",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__profile_view__180" / 2.0
            ))
          ) * 8.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__profile_views_made",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__prospecting__180" / 2.0
            ))
          ) * 1.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__prospecting_views",
      CAST(CAST(FLOOR(
        (
          LEAST(LN("t51"."n__target__count__profile_view__180" + 1.0) / 2.1972245773362196, 1.0) * 1.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__inbound_profile_views",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__lead_saved-account_saved__180" / 1.5
            ))
          ) * 1.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__leads_and_accounts_saved",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__distinct_days__any__180" / 4.0
            ))
          ) * 11.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__days_active",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__share-post__180" / 1.5
            ))
          ) * 6.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__shares_and_posts",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__comment-reaction__180" / 2.0
            ))
          ) * 15.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__engagement_given",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__message_sent-inmail_sent__180" / 2.0
            ))
          ) * 1.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__messages_sent",
      CAST(CAST(FLOOR(
        (
          CASE
            WHEN "t51"."n__actor__count__message_sent-inmail_sent__180" > 0
            THEN (
              LEAST(
                "t51"."n__actor__count__message_received__180" + "t51"."n__target__count__inmail_replied__180",
                "t51"."n__actor__count__message_sent-inmail_sent__180"
              ) + 2.0
            ) / (
              "t51"."n__actor__count__message_sent-inmail_sent__180" + 5.0
            )
            ELSE 0.0
          END * 1.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__response_rate",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__actor__count__group_joined-group_post__180" / 1.25
            ))
          ) * 1.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__groups",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__connections__all" / 50.0
            ))
          ) * 5.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__connections",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__connections__decision_makers" / 20.0
            ))
          ) * 9.0 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__decision_maker_connections",
      CAST(CAST(FLOOR(
        (
          (
            1.0 - EXP(-(
              "t51"."n__connections__same_company" / 35.0
            ))
          ) * 5.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__same_company_connections",
      CAST(CAST(FLOOR(
        (
          CASE
            WHEN "t51"."n__invited__180" > 0
            THEN (
              LEAST("t51"."n__accepted__180", "t51"."n__invited__180") + 2.5
            ) / (
              "t51"."n__invited__180" + 5.0
            )
            ELSE 0.0
          END * 5.5 * 100.0
        ) + 0.5
      ) AS BIGINT) AS SMALLINT) AS "points__acceptance_rate"
    FROM (
      SELECT
        "t50"."member_id",
        "t50"."industry",
        "t50"."team_id",
        "t50"."raw__profile_completeness",
        "t50"."raw__rich_media",
        CAST(COALESCE("t50"."n__actor__count__post-article__180", 0) AS DOUBLE) AS "n__actor__count__post-article__180",
        CAST(COALESCE("t50"."n__actor__count__search__180", 0) AS DOUBLE) AS "n__actor__count__search__180",
        CAST(COALESCE("t50"."n__actor__count__advanced_search__180", 0) AS DOUBLE) AS "n__actor__count__advanced_search__180",
        CAST(COALESCE("t50"."n__actor__count__profile_view__180", 0) AS DOUBLE) AS "n__actor__count__profile_view__180",
        CAST(COALESCE("t50"."n__actor__count__lead_saved-account_saved__180", 0) AS DOUBLE) AS "n__actor__count__lead_saved-account_saved__180",
        CAST(COALESCE("t50"."n__actor__count__share-post__180", 0) AS DOUBLE) AS "n__actor__count__share-post__180",
        CAST(COALESCE("t50"."n__actor__count__comment-reaction__180", 0) AS DOUBLE) AS "n__actor__count__comment-reaction__180",
        CAST(COALESCE("t50"."n__actor__count__message_sent-inmail_sent__180", 0) AS DOUBLE) AS "n__actor__count__message_sent-inmail_sent__180",
        CAST(COALESCE("t50"."n__actor__count__message_received__180", 0) AS DOUBLE) AS "n__actor__count__message_received__180",
        CAST(COALESCE("t50"."n__actor__count__group_joined-group_post__180", 0) AS DOUBLE) AS "n__actor__count__group_joined-group_post__180",
        CAST(COALESCE("t50"."n__actor__distinct_days__any__180", 0) AS DOUBLE) AS "n__actor__distinct_days__any__180",
        CAST(COALESCE("t50"."n__target__count__endorsement__180", 0) AS DOUBLE) AS "n__target__count__endorsement__180",
        CAST(COALESCE("t50"."n__target__count__reaction-comment-share__180", 0) AS DOUBLE) AS "n__target__count__reaction-comment-share__180",
        CAST(COALESCE("t50"."n__target__count__follow__180", 0) AS DOUBLE) AS "n__target__count__follow__180",
        CAST(COALESCE("t50"."n__target__count__profile_view__180", 0) AS DOUBLE) AS "n__target__count__profile_view__180",
        CAST(COALESCE("t50"."n__target__count__inmail_replied__180", 0) AS DOUBLE) AS "n__target__count__inmail_replied__180",
        CAST(COALESCE("t50"."n__prospecting__180", 0) AS DOUBLE) AS "n__prospecting__180",
        CAST(COALESCE("t50"."n__connections__all", 0) AS DOUBLE) AS "n__connections__all",
        CAST(COALESCE("t50"."n__connections__decision_makers", 0) AS DOUBLE) AS "n__connections__decision_makers",
        CAST(COALESCE("t50"."n__connections__same_company", 0) AS DOUBLE) AS "n__connections__same_company",
        CAST(COALESCE("t50"."n__invited__180", 0) AS DOUBLE) AS "n__invited__180",
        CAST(COALESCE("t50"."n__accepted__180", 0) AS DOUBLE) AS "n__accepted__180"
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
            "t48"."n__connections__all",
            "t48"."n__connections__decision_makers",
            "t48"."n__connections__same_company",
            "t26"."key",
            "t26"."n__invited__180",
            "t26"."n__accepted__180"
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
                "t45"."n__prospecting__180",
                "t37"."key",
                "t37"."n__connections__all",
                "t37"."n__connections__decision_makers",
                "t37"."n__connections__same_company"
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
                    "t42"."n__target__count__endorsement__180",
                    "t42"."n__target__count__reaction-comment-share__180",
                    "t42"."n__target__count__follow__180",
                    "t42"."n__target__count__profile_view__180",
                    "t42"."n__target__count__inmail_replied__180",
                    "t32"."key",
                    "t32"."n__prospecting__180"
                  FROM (
                    SELECT
                      "t40".*
                      EXCLUDE ("key")
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
                        "t39"."n__actor__distinct_days__any__180",
                        "t25"."key",
                        "t25"."n__target__count__endorsement__180",
                        "t25"."n__target__count__reaction-comment-share__180",
                        "t25"."n__target__count__follow__180",
                        "t25"."n__target__count__profile_view__180",
                        "t25"."n__target__count__inmail_replied__180"
                      FROM (
                        SELECT
                          "t36".*
                          EXCLUDE ("key")
                        FROM (
                          SELECT
                            "t29"."member_id",
                            "t29"."industry",
                            "t29"."team_id",
                            "t29"."raw__profile_completeness",
                            "t29"."raw__rich_media",
                            "t33"."key",
                            "t33"."n__actor__count__post-article__180",
                            "t33"."n__actor__count__search__180",
                            "t33"."n__actor__count__advanced_search__180",
                            "t33"."n__actor__count__profile_view__180",
                            "t33"."n__actor__count__lead_saved-account_saved__180",
                            "t33"."n__actor__count__share-post__180",
                            "t33"."n__actor__count__comment-reaction__180",
                            "t33"."n__actor__count__message_sent-inmail_sent__180",
                            "t33"."n__actor__count__message_received__180",
                            "t33"."n__actor__count__group_joined-group_post__180",
                            "t33"."n__actor__distinct_days__any__180"
                          FROM (
                            SELECT
                              "t2"."member_id",
                              "t2"."industry",
                              "t2"."team_id",
                              CAST(CAST(COALESCE("t2"."has_photo", FALSE) AS BIGINT) + CAST(COALESCE("t2"."has_headline", FALSE) AS BIGINT) + CAST(COALESCE("t2"."has_summary", FALSE) AS BIGINT) + CAST(COALESCE("t2"."experience_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t2"."education_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t2"."skills_count", 0) >= 5 AS BIGINT) + CAST(COALESCE("t2"."recommendations_count", 0) >= 1 AS BIGINT) AS DOUBLE) AS "raw__profile_completeness",
                              CAST(COALESCE("t2"."rich_media_count", 0) AS DOUBLE) AS "raw__rich_media"
                            FROM "members" AS "t2"
                            WHERE
                              "t2"."joined_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                          ) AS "t29"
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
                                "t7"."member_id" AS "key",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('post', 'article')) AS "n__actor__count__post-article__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('search')) AS "n__actor__count__search__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('advanced_search')) AS "n__actor__count__advanced_search__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('profile_view')) AS "n__actor__count__profile_view__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('lead_saved', 'account_saved')) AS "n__actor__count__lead_saved-account_saved__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('share', 'post')) AS "n__actor__count__share-post__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('comment', 'reaction')) AS "n__actor__count__comment-reaction__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('message_sent', 'inmail_sent')) AS "n__actor__count__message_sent-inmail_sent__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('message_received')) AS "n__actor__count__message_received__180",
                                COUNT("t7"."event_id") FILTER(WHERE
                                  (
                                    "t7"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  )
                                  AND "t7"."event_type" IN ('group_joined', 'group_post')) AS "n__actor__count__group_joined-group_post__180"
                              FROM (
                                SELECT
                                  *
                                FROM "activity" AS "t3"
                                WHERE
                                  "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                              ) AS "t7"
                              GROUP BY
                                1
                            ) AS "t24"
                            LEFT OUTER JOIN (
                              SELECT
                                "t8"."key",
                                COUNT(*) AS "n__actor__distinct_days__any__180"
                              FROM (
                                SELECT DISTINCT
                                  "t3"."member_id" AS "key",
                                  CAST("t3"."occurred_at" AS DATE) AS "day"
                                FROM "activity" AS "t3"
                                WHERE
                                  "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                  AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                              ) AS "t8"
                              GROUP BY
                                1
                            ) AS "t19"
                              ON "t24"."key" = "t19"."key"
                          ) AS "t33"
                            ON "t29"."member_id" = "t33"."key"
                        ) AS "t36"
                      ) AS "t39"
                      LEFT OUTER JOIN (
                        SELECT
                          "t10"."target_member_id" AS "key",
                          COUNT("t10"."event_id") FILTER(WHERE
                            (
                              "t10"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                            )
                            AND "t10"."event_type" IN ('endorsement')) AS "n__target__count__endorsement__180",
                          COUNT("t10"."event_id") FILTER(WHERE
                            (
                              "t10"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                            )
                            AND "t10"."event_type" IN ('reaction', 'comment', 'share')) AS "n__target__count__reaction-comment-share__180",
                          COUNT("t10"."event_id") FILTER(WHERE
                            (
                              "t10"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                            )
                            AND "t10"."event_type" IN ('follow')) AS "n__target__count__follow__180",
                          COUNT("t10"."event_id") FILTER(WHERE
                            (
                              "t10"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                            )
                            AND "t10"."event_type" IN ('profile_view')) AS "n__target__count__profile_view__180",
                          COUNT("t10"."event_id") FILTER(WHERE
                            (
                              "t10"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                            )
                            AND "t10"."event_type" IN ('inmail_replied')) AS "n__target__count__inmail_replied__180"
                        FROM (
                          SELECT
                            *
                          FROM "activity" AS "t3"
                          WHERE
                            "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                            AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                            AND "t3"."target_member_id" IS NOT NULL
                        ) AS "t10"
                        GROUP BY
                          1
                      ) AS "t25"
                        ON "t39"."member_id" = "t25"."key"
                    ) AS "t40"
                  ) AS "t42"
                  LEFT OUTER JOIN (
                    SELECT
                      "t21"."member_id" AS "key",
                      COUNT("t21"."event_id") FILTER(WHERE
                        "t21"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)) AS "n__prospecting__180"
                    FROM (
                      SELECT
                        "t15"."event_id",
                        "t15"."member_id",
                        "t15"."event_type",
                        "t15"."occurred_at",
                        "t15"."target_member_id",
                        "t15"."content_id",
                        "t15"."value",
                        "t15"."low",
                        "t15"."high"
                      FROM (
                        SELECT
                          "t3"."event_id",
                          "t3"."member_id",
                          "t3"."event_type",
                          "t3"."occurred_at",
                          "t3"."target_member_id",
                          "t3"."content_id",
                          "t3"."value",
                          LEAST("t3"."member_id", "t3"."target_member_id") AS "low",
                          GREATEST("t3"."member_id", "t3"."target_member_id") AS "high"
                        FROM "activity" AS "t3"
                        WHERE
                          "t3"."event_type" = 'profile_view'
                          AND "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                          AND "t3"."target_member_id" IS NOT NULL
                      ) AS "t15"
                      ANTI JOIN (
                        SELECT
                          "t1"."member_a" AS "low",
                          "t1"."member_b" AS "high"
                        FROM "connections" AS "t1"
                        WHERE
                          "t1"."connected_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                      ) AS "t12"
                        ON "t15"."low" = "t12"."low" AND "t15"."high" = "t12"."high"
                    ) AS "t21"
                    GROUP BY
                      1
                  ) AS "t32"
                    ON "t42"."member_id" = "t32"."key"
                ) AS "t43"
              ) AS "t45"
              LEFT OUTER JOIN (
                SELECT
                  "t34"."key",
                  COUNT(*) AS "n__connections__all",
                  COUNT(*) FILTER(WHERE
                    "t34"."other_decides") AS "n__connections__decision_makers",
                  COUNT(*) FILTER(WHERE
                    "t34"."same_company") AS "n__connections__same_company"
                FROM (
                  SELECT
                    "t28"."end"."key" AS "key",
                    "t28"."end"."other_decides" AS "other_decides",
                    "t28"."end"."same_company" AS "same_company"
                  FROM (
                    SELECT
                      UNNEST(
                        CAST([
                          {'key': "t11"."member_a", 'other_decides': "t17"."b_decides", 'same_company': COALESCE("t16"."a_company" = "t17"."b_company", FALSE)},
                          {'key': "t11"."member_b", 'other_decides': "t16"."a_decides", 'same_company': COALESCE("t16"."a_company" = "t17"."b_company", FALSE)}
                        ] AS STRUCT("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)[])
                      ) AS "end"
                    FROM (
                      SELECT
                        "t1"."member_a",
                        "t1"."member_b"
                      FROM "connections" AS "t1"
                      WHERE
                        "t1"."connected_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                    ) AS "t11"
                    INNER JOIN (
                      SELECT
                        "t2"."member_id" AS "a_id",
                        COALESCE("t2"."seniority" IN ('vp', 'cxo'), FALSE) AS "a_decides",
                        "t2"."company_id" AS "a_company"
                      FROM "members" AS "t2"
                    ) AS "t16"
                      ON "t11"."member_a" = "t16"."a_id"
                    INNER JOIN (
                      SELECT
                        "t2"."member_id" AS "b_id",
                        COALESCE("t2"."seniority" IN ('vp', 'cxo'), FALSE) AS "b_decides",
                        "t2"."company_id" AS "b_company"
                      FROM "members" AS "t2"
                    ) AS "t17"
                      ON "t11"."member_b" = "t17"."b_id"
                  ) AS "t28"
                ) AS "t34"
                GROUP BY
                  1
              ) AS "t37"
                ON "t45"."member_id" = "t37"."key"
            ) AS "t46"
          ) AS "t48"
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
          ) AS "t26"
            ON "t48"."member_id" = "t26"."key"
        ) AS "t49"
      ) AS "t50"
    ) AS "t51"
  ) AS "t52"
) AS "t53"
