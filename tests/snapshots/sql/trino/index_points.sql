SELECT
  "t51"."member_id",
  "t51"."industry",
  "t51"."team_id",
  "t51"."brand",
  "t51"."find",
  "t51"."engage",
  "t51"."relationships",
  "t51"."total",
  ARRAY["t51"."raw__profile_completeness", "t51"."raw__rich_media", "t51"."raw__endorsements_received", "t51"."raw__posts_and_articles", "t51"."raw__engagement_received", "t51"."raw__followers_gained", "t51"."raw__searches", "t51"."raw__advanced_searches", "t51"."raw__profile_views_made", "t51"."raw__prospecting_views", "t51"."raw__inbound_profile_views", "t51"."raw__leads_and_accounts_saved", "t51"."raw__days_active", "t51"."raw__shares_and_posts", "t51"."raw__engagement_given", "t51"."raw__messages_sent", "t51"."raw__response_rate", "t51"."raw__groups", "t51"."raw__connections", "t51"."raw__decision_maker_connections", "t51"."raw__same_company_connections", "t51"."raw__acceptance_rate"] AS "signal_raw",
  ARRAY[CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t51"."trials__response_rate", CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t51"."trials__acceptance_rate"] AS "signal_trials",
  ARRAY[CAST(CAST(CAST(FLOOR(
    (
      LEAST("t51"."raw__profile_completeness" / CAST(7.0 AS DOUBLE), CAST(1.0 AS DOUBLE)) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__rich_media" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__endorsements_received" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(2.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__posts_and_articles" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      LEAST(
        LN("t51"."raw__engagement_received" + CAST(1.0 AS DOUBLE)) / CAST(4.110873864173311 AS DOUBLE),
        CAST(1.0 AS DOUBLE)
      ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__followers_gained" / CAST(1.25 AS DOUBLE)
        ))
      ) * CAST(3.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__searches" / CAST(1.5 AS DOUBLE)
        ))
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__advanced_searches" / CAST(1.25 AS DOUBLE)
        ))
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__profile_views_made" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(8.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__prospecting_views" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      LEAST(
        LN("t51"."raw__inbound_profile_views" + CAST(1.0 AS DOUBLE)) / CAST(2.1972245773362196 AS DOUBLE),
        CAST(1.0 AS DOUBLE)
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__leads_and_accounts_saved" / CAST(1.5 AS DOUBLE)
        ))
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__days_active" / CAST(4.0 AS DOUBLE)
        ))
      ) * CAST(11.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__shares_and_posts" / CAST(1.5 AS DOUBLE)
        ))
      ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__engagement_given" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(15.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__messages_sent" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      IF(
        "t51"."trials__response_rate" > 0,
        CAST((
          LEAST("t51"."raw__response_rate", "t51"."trials__response_rate") + CAST(2.0 AS DOUBLE)
        ) AS DOUBLE) / (
          "t51"."trials__response_rate" + CAST(5.0 AS DOUBLE)
        ),
        CAST(0.0 AS DOUBLE)
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__groups" / CAST(1.25 AS DOUBLE)
        ))
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__connections" / CAST(50.0 AS DOUBLE)
        ))
      ) * CAST(5.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__decision_maker_connections" / CAST(20.0 AS DOUBLE)
        ))
      ) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t51"."raw__same_company_connections" / CAST(35.0 AS DOUBLE)
        ))
      ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      IF(
        "t51"."trials__acceptance_rate" > 0,
        CAST((
          LEAST("t51"."raw__acceptance_rate", "t51"."trials__acceptance_rate") + CAST(2.5 AS DOUBLE)
        ) AS DOUBLE) / (
          "t51"."trials__acceptance_rate" + CAST(5.0 AS DOUBLE)
        ),
        CAST(0.0 AS DOUBLE)
      ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2))] AS "signal_points"
FROM (
  SELECT
    "t50"."member_id",
    "t50"."industry",
    "t50"."team_id",
    CAST("t50"."raw__profile_completeness" AS DOUBLE) AS "raw__profile_completeness",
    CAST("t50"."raw__rich_media" AS DOUBLE) AS "raw__rich_media",
    CAST("t50"."raw__endorsements_received" AS DOUBLE) AS "raw__endorsements_received",
    CAST("t50"."raw__posts_and_articles" AS DOUBLE) AS "raw__posts_and_articles",
    CAST("t50"."raw__engagement_received" AS DOUBLE) AS "raw__engagement_received",
    CAST("t50"."raw__followers_gained" AS DOUBLE) AS "raw__followers_gained",
    CAST("t50"."raw__searches" AS DOUBLE) AS "raw__searches",
    CAST("t50"."raw__advanced_searches" AS DOUBLE) AS "raw__advanced_searches",
    CAST("t50"."raw__profile_views_made" AS DOUBLE) AS "raw__profile_views_made",
    CAST("t50"."raw__prospecting_views" AS DOUBLE) AS "raw__prospecting_views",
    CAST("t50"."raw__inbound_profile_views" AS DOUBLE) AS "raw__inbound_profile_views",
    CAST("t50"."raw__leads_and_accounts_saved" AS DOUBLE) AS "raw__leads_and_accounts_saved",
    CAST("t50"."raw__days_active" AS DOUBLE) AS "raw__days_active",
    CAST("t50"."raw__shares_and_posts" AS DOUBLE) AS "raw__shares_and_posts",
    CAST("t50"."raw__engagement_given" AS DOUBLE) AS "raw__engagement_given",
    CAST("t50"."raw__messages_sent" AS DOUBLE) AS "raw__messages_sent",
    CAST("t50"."raw__response_rate" AS DOUBLE) AS "raw__response_rate",
    CAST("t50"."raw__groups" AS DOUBLE) AS "raw__groups",
    CAST("t50"."raw__connections" AS DOUBLE) AS "raw__connections",
    CAST("t50"."raw__decision_maker_connections" AS DOUBLE) AS "raw__decision_maker_connections",
    CAST("t50"."raw__same_company_connections" AS DOUBLE) AS "raw__same_company_connections",
    CAST("t50"."raw__acceptance_rate" AS DOUBLE) AS "raw__acceptance_rate",
    CAST("t50"."trials__response_rate" AS DOUBLE) AS "trials__response_rate",
    CAST("t50"."trials__acceptance_rate" AS DOUBLE) AS "trials__acceptance_rate",
    CAST(CAST("t50"."points__profile_completeness" + "t50"."points__rich_media" + "t50"."points__endorsements_received" + "t50"."points__posts_and_articles" + "t50"."points__engagement_received" + "t50"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "brand",
    CAST(CAST("t50"."points__searches" + "t50"."points__advanced_searches" + "t50"."points__profile_views_made" + "t50"."points__prospecting_views" + "t50"."points__inbound_profile_views" + "t50"."points__leads_and_accounts_saved" + "t50"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "find",
    CAST(CAST("t50"."points__shares_and_posts" + "t50"."points__engagement_given" + "t50"."points__messages_sent" + "t50"."points__response_rate" + "t50"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "engage",
    CAST(CAST("t50"."points__connections" + "t50"."points__decision_maker_connections" + "t50"."points__same_company_connections" + "t50"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "relationships",
    CAST(CAST("t50"."points__profile_completeness" + "t50"."points__rich_media" + "t50"."points__endorsements_received" + "t50"."points__posts_and_articles" + "t50"."points__engagement_received" + "t50"."points__followers_gained" + (
      "t50"."points__searches" + "t50"."points__advanced_searches" + "t50"."points__profile_views_made" + "t50"."points__prospecting_views" + "t50"."points__inbound_profile_views" + "t50"."points__leads_and_accounts_saved" + "t50"."points__days_active"
    ) + (
      "t50"."points__shares_and_posts" + "t50"."points__engagement_given" + "t50"."points__messages_sent" + "t50"."points__response_rate" + "t50"."points__groups"
    ) + (
      "t50"."points__connections" + "t50"."points__decision_maker_connections" + "t50"."points__same_company_connections" + "t50"."points__acceptance_rate"
    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "total"
  FROM (
    SELECT
      "t49"."member_id",
      "t49"."industry",
      "t49"."team_id",
      CAST("t49"."raw__profile_completeness" AS INTEGER) AS "raw__profile_completeness",
      CAST("t49"."raw__rich_media" AS INTEGER) AS "raw__rich_media",
      CAST("t49"."n__target__count__endorsement__180" AS INTEGER) AS "raw__endorsements_received",
      CAST("t49"."n__actor__count__post-article__180" AS INTEGER) AS "raw__posts_and_articles",
      CAST("t49"."n__target__count__reaction-comment-share__180" AS INTEGER) AS "raw__engagement_received",
      CAST("t49"."n__target__count__follow__180" AS INTEGER) AS "raw__followers_gained",
      CAST("t49"."n__actor__count__search__180" AS INTEGER) AS "raw__searches",
      CAST("t49"."n__actor__count__advanced_search__180" AS INTEGER) AS "raw__advanced_searches",
      CAST("t49"."n__actor__count__profile_view__180" AS INTEGER) AS "raw__profile_views_made",
      CAST("t49"."n__prospecting__180" AS INTEGER) AS "raw__prospecting_views",
      CAST("t49"."n__target__count__profile_view__180" AS INTEGER) AS "raw__inbound_profile_views",
      CAST("t49"."n__actor__count__lead_saved-account_saved__180" AS INTEGER) AS "raw__leads_and_accounts_saved",
      CAST("t49"."n__actor__distinct_days__any__180" AS INTEGER) AS "raw__days_active",
      CAST("t49"."n__actor__count__share-post__180" AS INTEGER) AS "raw__shares_and_posts",
      CAST("t49"."n__actor__count__comment-reaction__180" AS INTEGER) AS "raw__engagement_given",
      CAST("t49"."n__actor__count__message_sent-inmail_sent__180" AS INTEGER) AS "raw__messages_sent",
      CAST("t49"."n__actor__count__message_received__180" + "t49"."n__target__count__inmail_replied__180" AS INTEGER) AS "raw__response_rate",
      CAST("t49"."n__actor__count__message_sent-inmail_sent__180" AS INTEGER) AS "trials__response_rate",
      CAST("t49"."n__actor__count__group_joined-group_post__180" AS INTEGER) AS "raw__groups",
      CAST("t49"."n__connections__all" AS INTEGER) AS "raw__connections",
      CAST("t49"."n__connections__decision_makers" AS INTEGER) AS "raw__decision_maker_connections",
      CAST("t49"."n__connections__same_company" AS INTEGER) AS "raw__same_company_connections",
      CAST("t49"."n__accepted__180" AS INTEGER) AS "raw__acceptance_rate",
      CAST("t49"."n__invited__180" AS INTEGER) AS "trials__acceptance_rate",
      CAST(CAST(FLOOR(
        (
          LEAST("t49"."raw__profile_completeness" / CAST(7.0 AS DOUBLE), CAST(1.0 AS DOUBLE)) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__profile_completeness",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."raw__rich_media" / CAST(2.0 AS DOUBLE)
            ))
          ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__rich_media",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__target__count__endorsement__180" / CAST(2.0 AS DOUBLE)
            ))
          ) * CAST(2.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__endorsements_received",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__actor__count__post-article__180" / CAST(2.0 AS DOUBLE)
            ))
          ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__posts_and_articles",
      CAST(CAST(FLOOR(
        (
          LEAST(
            LN("t49"."n__target__count__reaction-comment-share__180" + CAST(1.0 AS DOUBLE)) / CAST(4.110873864173311 AS DOUBLE),
            CAST(1.0 AS DOUBLE)
          ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__engagement_received",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__target__count__follow__180" / CAST(1.25 AS DOUBLE)
            ))
          ) * CAST(3.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__followers_gained",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__actor__count__search__180" / CAST(1.5 AS DOUBLE)
            ))
          ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__searches",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__actor__count__advanced_search__180" / CAST(1.25 AS DOUBLE)
            ))
          ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__advanced_searches",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__actor__count__profile_view__180" / CAST(2.0 AS DOUBLE)
            ))
          ) * CAST(8.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__profile_views_made",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__prospecting__180" / CAST(2.0 AS DOUBLE)
            ))
          ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__prospecting_views",
      CAST(CAST(FLOOR(
        (
          LEAST(
            LN("t49"."n__target__count__profile_view__180" + CAST(1.0 AS DOUBLE)) / CAST(2.1972245773362196 AS DOUBLE),
            CAST(1.0 AS DOUBLE)
          ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__inbound_profile_views",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(
              -(
                "t49"."n__actor__count__lead_saved-account_saved__180" / CAST(1.5 AS DOUBLE)
              )
            )
          ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__leads_and_accounts_saved",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__actor__distinct_days__any__180" / CAST(4.0 AS DOUBLE)
            ))
          ) * CAST(11.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__days_active",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__actor__count__share-post__180" / CAST(1.5 AS DOUBLE)
            ))
          ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__shares_and_posts",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__actor__count__comment-reaction__180" / CAST(2.0 AS DOUBLE)
            ))
          ) * CAST(15.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__engagement_given",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(
              -(
                "t49"."n__actor__count__message_sent-inmail_sent__180" / CAST(2.0 AS DOUBLE)
              )
            )
          ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__messages_sent",
      CAST(CAST(FLOOR(
        (
          IF(
            "t49"."n__actor__count__message_sent-inmail_sent__180" > 0,
            CAST((
              LEAST(
                "t49"."n__actor__count__message_received__180" + "t49"."n__target__count__inmail_replied__180",
                "t49"."n__actor__count__message_sent-inmail_sent__180"
              ) + CAST(2.0 AS DOUBLE)
            ) AS DOUBLE) / (
              "t49"."n__actor__count__message_sent-inmail_sent__180" + CAST(5.0 AS DOUBLE)
            ),
            CAST(0.0 AS DOUBLE)
          ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__response_rate",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(
              -(
                "t49"."n__actor__count__group_joined-group_post__180" / CAST(1.25 AS DOUBLE)
              )
            )
          ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__groups",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__connections__all" / CAST(50.0 AS DOUBLE)
            ))
          ) * CAST(5.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__connections",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__connections__decision_makers" / CAST(20.0 AS DOUBLE)
            ))
          ) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__decision_maker_connections",
      CAST(CAST(FLOOR(
        (
          (
            CAST(1.0 AS DOUBLE) - EXP(-(
              "t49"."n__connections__same_company" / CAST(35.0 AS DOUBLE)
            ))
          ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__same_company_connections",
      CAST(CAST(FLOOR(
        (
          IF(
            "t49"."n__invited__180" > 0,
            CAST((
              LEAST("t49"."n__accepted__180", "t49"."n__invited__180") + CAST(2.5 AS DOUBLE)
            ) AS DOUBLE) / (
              "t49"."n__invited__180" + CAST(5.0 AS DOUBLE)
            ),
            CAST(0.0 AS DOUBLE)
          ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
        ) + CAST(0.5 AS DOUBLE)
      ) AS BIGINT) AS SMALLINT) AS "points__acceptance_rate"
    FROM (
      SELECT
        "t48"."member_id",
        "t48"."industry",
        "t48"."team_id",
        "t48"."raw__profile_completeness",
        "t48"."raw__rich_media",
        CAST(COALESCE("t48"."n__actor__count__post-article__180", 0) AS DOUBLE) AS "n__actor__count__post-article__180",
        CAST(COALESCE("t48"."n__actor__count__search__180", 0) AS DOUBLE) AS "n__actor__count__search__180",
        CAST(COALESCE("t48"."n__actor__count__advanced_search__180", 0) AS DOUBLE) AS "n__actor__count__advanced_search__180",
        CAST(COALESCE("t48"."n__actor__count__profile_view__180", 0) AS DOUBLE) AS "n__actor__count__profile_view__180",
        CAST(COALESCE("t48"."n__actor__count__lead_saved-account_saved__180", 0) AS DOUBLE) AS "n__actor__count__lead_saved-account_saved__180",
        CAST(COALESCE("t48"."n__actor__count__share-post__180", 0) AS DOUBLE) AS "n__actor__count__share-post__180",
        CAST(COALESCE("t48"."n__actor__count__comment-reaction__180", 0) AS DOUBLE) AS "n__actor__count__comment-reaction__180",
        CAST(COALESCE("t48"."n__actor__count__message_sent-inmail_sent__180", 0) AS DOUBLE) AS "n__actor__count__message_sent-inmail_sent__180",
        CAST(COALESCE("t48"."n__actor__count__message_received__180", 0) AS DOUBLE) AS "n__actor__count__message_received__180",
        CAST(COALESCE("t48"."n__actor__count__group_joined-group_post__180", 0) AS DOUBLE) AS "n__actor__count__group_joined-group_post__180",
        CAST(COALESCE("t48"."n__actor__distinct_days__any__180", 0) AS DOUBLE) AS "n__actor__distinct_days__any__180",
        CAST(COALESCE("t48"."n__target__count__endorsement__180", 0) AS DOUBLE) AS "n__target__count__endorsement__180",
        CAST(COALESCE("t48"."n__target__count__reaction-comment-share__180", 0) AS DOUBLE) AS "n__target__count__reaction-comment-share__180",
        CAST(COALESCE("t48"."n__target__count__follow__180", 0) AS DOUBLE) AS "n__target__count__follow__180",
        CAST(COALESCE("t48"."n__target__count__profile_view__180", 0) AS DOUBLE) AS "n__target__count__profile_view__180",
        CAST(COALESCE("t48"."n__target__count__inmail_replied__180", 0) AS DOUBLE) AS "n__target__count__inmail_replied__180",
        CAST(COALESCE("t48"."n__prospecting__180", 0) AS DOUBLE) AS "n__prospecting__180",
        CAST(COALESCE("t48"."n__connections__all", 0) AS DOUBLE) AS "n__connections__all",
        CAST(COALESCE("t48"."n__connections__decision_makers", 0) AS DOUBLE) AS "n__connections__decision_makers",
        CAST(COALESCE("t48"."n__connections__same_company", 0) AS DOUBLE) AS "n__connections__same_company",
        CAST(COALESCE("t48"."n__invited__180", 0) AS DOUBLE) AS "n__invited__180",
        CAST(COALESCE("t48"."n__accepted__180", 0) AS DOUBLE) AS "n__accepted__180"
      FROM (
        SELECT
          "t47"."member_id",
          "t47"."industry",
          "t47"."team_id",
          "t47"."raw__profile_completeness",
          "t47"."raw__rich_media",
          "t47"."n__actor__count__post-article__180",
          "t47"."n__actor__count__search__180",
          "t47"."n__actor__count__advanced_search__180",
          "t47"."n__actor__count__profile_view__180",
          "t47"."n__actor__count__lead_saved-account_saved__180",
          "t47"."n__actor__count__share-post__180",
          "t47"."n__actor__count__comment-reaction__180",
          "t47"."n__actor__count__message_sent-inmail_sent__180",
          "t47"."n__actor__count__message_received__180",
          "t47"."n__actor__count__group_joined-group_post__180",
          "t47"."n__actor__distinct_days__any__180",
          "t47"."n__target__count__endorsement__180",
          "t47"."n__target__count__reaction-comment-share__180",
          "t47"."n__target__count__follow__180",
          "t47"."n__target__count__profile_view__180",
          "t47"."n__target__count__inmail_replied__180",
          "t47"."n__prospecting__180",
          "t47"."n__connections__all",
          "t47"."n__connections__decision_makers",
          "t47"."n__connections__same_company",
          "t47"."n__invited__180",
          "t47"."n__accepted__180"
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
            "t46"."n__prospecting__180",
            "t46"."n__connections__all",
            "t46"."n__connections__decision_makers",
            "t46"."n__connections__same_company",
            "t21"."key",
            "t21"."n__invited__180",
            "t21"."n__accepted__180"
          FROM (
            SELECT
              "t44"."member_id",
              "t44"."industry",
              "t44"."team_id",
              "t44"."raw__profile_completeness",
              "t44"."raw__rich_media",
              "t44"."n__actor__count__post-article__180",
              "t44"."n__actor__count__search__180",
              "t44"."n__actor__count__advanced_search__180",
              "t44"."n__actor__count__profile_view__180",
              "t44"."n__actor__count__lead_saved-account_saved__180",
              "t44"."n__actor__count__share-post__180",
              "t44"."n__actor__count__comment-reaction__180",
              "t44"."n__actor__count__message_sent-inmail_sent__180",
              "t44"."n__actor__count__message_received__180",
              "t44"."n__actor__count__group_joined-group_post__180",
              "t44"."n__actor__distinct_days__any__180",
              "t44"."n__target__count__endorsement__180",
              "t44"."n__target__count__reaction-comment-share__180",
              "t44"."n__target__count__follow__180",
              "t44"."n__target__count__profile_view__180",
              "t44"."n__target__count__inmail_replied__180",
              "t44"."n__prospecting__180",
              "t44"."n__connections__all",
              "t44"."n__connections__decision_makers",
              "t44"."n__connections__same_company"
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
                "t43"."n__target__count__inmail_replied__180",
                "t43"."n__prospecting__180",
                "t32"."key",
                "t32"."n__connections__all",
                "t32"."n__connections__decision_makers",
                "t32"."n__connections__same_company"
              FROM (
                SELECT
                  "t41"."member_id",
                  "t41"."industry",
                  "t41"."team_id",
                  "t41"."raw__profile_completeness",
                  "t41"."raw__rich_media",
                  "t41"."n__actor__count__post-article__180",
                  "t41"."n__actor__count__search__180",
                  "t41"."n__actor__count__advanced_search__180",
                  "t41"."n__actor__count__profile_view__180",
                  "t41"."n__actor__count__lead_saved-account_saved__180",
                  "t41"."n__actor__count__share-post__180",
                  "t41"."n__actor__count__comment-reaction__180",
                  "t41"."n__actor__count__message_sent-inmail_sent__180",
                  "t41"."n__actor__count__message_received__180",
                  "t41"."n__actor__count__group_joined-group_post__180",
                  "t41"."n__actor__distinct_days__any__180",
                  "t41"."n__target__count__endorsement__180",
                  "t41"."n__target__count__reaction-comment-share__180",
                  "t41"."n__target__count__follow__180",
                  "t41"."n__target__count__profile_view__180",
                  "t41"."n__target__count__inmail_replied__180",
                  "t41"."n__prospecting__180"
                FROM (
                  SELECT
                    "t40"."member_id",
                    "t40"."industry",
                    "t40"."team_id",
                    "t40"."raw__profile_completeness",
                    "t40"."raw__rich_media",
                    "t40"."n__actor__count__post-article__180",
                    "t40"."n__actor__count__search__180",
                    "t40"."n__actor__count__advanced_search__180",
                    "t40"."n__actor__count__profile_view__180",
                    "t40"."n__actor__count__lead_saved-account_saved__180",
                    "t40"."n__actor__count__share-post__180",
                    "t40"."n__actor__count__comment-reaction__180",
                    "t40"."n__actor__count__message_sent-inmail_sent__180",
                    "t40"."n__actor__count__message_received__180",
                    "t40"."n__actor__count__group_joined-group_post__180",
                    "t40"."n__actor__distinct_days__any__180",
                    "t40"."n__target__count__endorsement__180",
                    "t40"."n__target__count__reaction-comment-share__180",
                    "t40"."n__target__count__follow__180",
                    "t40"."n__target__count__profile_view__180",
                    "t40"."n__target__count__inmail_replied__180",
                    "t28"."key",
                    "t28"."n__prospecting__180"
                  FROM (
                    SELECT
                      "t38"."member_id",
                      "t38"."industry",
                      "t38"."team_id",
                      "t38"."raw__profile_completeness",
                      "t38"."raw__rich_media",
                      "t38"."n__actor__count__post-article__180",
                      "t38"."n__actor__count__search__180",
                      "t38"."n__actor__count__advanced_search__180",
                      "t38"."n__actor__count__profile_view__180",
                      "t38"."n__actor__count__lead_saved-account_saved__180",
                      "t38"."n__actor__count__share-post__180",
                      "t38"."n__actor__count__comment-reaction__180",
                      "t38"."n__actor__count__message_sent-inmail_sent__180",
                      "t38"."n__actor__count__message_received__180",
                      "t38"."n__actor__count__group_joined-group_post__180",
                      "t38"."n__actor__distinct_days__any__180",
                      "t38"."n__target__count__endorsement__180",
                      "t38"."n__target__count__reaction-comment-share__180",
                      "t38"."n__target__count__follow__180",
                      "t38"."n__target__count__profile_view__180",
                      "t38"."n__target__count__inmail_replied__180"
                    FROM (
                      SELECT
                        "t37"."member_id",
                        "t37"."industry",
                        "t37"."team_id",
                        "t37"."raw__profile_completeness",
                        "t37"."raw__rich_media",
                        "t37"."n__actor__count__post-article__180",
                        "t37"."n__actor__count__search__180",
                        "t37"."n__actor__count__advanced_search__180",
                        "t37"."n__actor__count__profile_view__180",
                        "t37"."n__actor__count__lead_saved-account_saved__180",
                        "t37"."n__actor__count__share-post__180",
                        "t37"."n__actor__count__comment-reaction__180",
                        "t37"."n__actor__count__message_sent-inmail_sent__180",
                        "t37"."n__actor__count__message_received__180",
                        "t37"."n__actor__count__group_joined-group_post__180",
                        "t37"."n__actor__distinct_days__any__180",
                        "t22"."key",
                        "t22"."n__target__count__endorsement__180",
                        "t22"."n__target__count__reaction-comment-share__180",
                        "t22"."n__target__count__follow__180",
                        "t22"."n__target__count__profile_view__180",
                        "t22"."n__target__count__inmail_replied__180"
                      FROM (
                        SELECT
                          "t35"."member_id",
                          "t35"."industry",
                          "t35"."team_id",
                          "t35"."raw__profile_completeness",
                          "t35"."raw__rich_media",
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
                            "t26"."member_id",
                            "t26"."industry",
                            "t26"."team_id",
                            "t26"."raw__profile_completeness",
                            "t26"."raw__rich_media",
                            "t34"."key",
                            "t34"."n__actor__count__post-article__180",
                            "t34"."n__actor__count__search__180",
                            "t34"."n__actor__count__advanced_search__180",
                            "t34"."n__actor__count__profile_view__180",
                            "t34"."n__actor__count__lead_saved-account_saved__180",
                            "t34"."n__actor__count__share-post__180",
                            "t34"."n__actor__count__comment-reaction__180",
                            "t34"."n__actor__count__message_sent-inmail_sent__180",
                            "t34"."n__actor__count__message_received__180",
                            "t34"."n__actor__count__group_joined-group_post__180",
                            "t34"."n__actor__distinct_days__any__180"
                          FROM (
                            SELECT
                              "t2"."member_id",
                              "t2"."industry",
                              "t2"."team_id",
                              CAST(CAST(COALESCE("t2"."has_photo", FALSE) AS BIGINT) + CAST(COALESCE("t2"."has_headline", FALSE) AS BIGINT) + CAST(COALESCE("t2"."has_summary", FALSE) AS BIGINT) + CAST(COALESCE("t2"."experience_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t2"."education_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t2"."skills_count", 0) >= 5 AS BIGINT) + CAST(COALESCE("t2"."recommendations_count", 0) >= 1 AS BIGINT) AS DOUBLE) AS "raw__profile_completeness",
                              CAST(COALESCE("t2"."rich_media_count", 0) AS DOUBLE) AS "raw__rich_media"
                            FROM "members" AS "t2"
                            WHERE
                              "t2"."joined_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                          ) AS "t26"
                          LEFT OUTER JOIN (
                            SELECT
                              "t31"."key",
                              "t31"."n__actor__count__post-article__180",
                              "t31"."n__actor__count__search__180",
                              "t31"."n__actor__count__advanced_search__180",
                              "t31"."n__actor__count__profile_view__180",
                              "t31"."n__actor__count__lead_saved-account_saved__180",
                              "t31"."n__actor__count__share-post__180",
                              "t31"."n__actor__count__comment-reaction__180",
                              "t31"."n__actor__count__message_sent-inmail_sent__180",
                              "t31"."n__actor__count__message_received__180",
                              "t31"."n__actor__count__group_joined-group_post__180",
                              "t31"."n__actor__distinct_days__any__180"
                            FROM (
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
                                "t24"."day_bit__n__actor__distinct_days__any__180__0",
                                "t24"."day_bit__n__actor__distinct_days__any__180__60",
                                "t24"."day_bit__n__actor__distinct_days__any__180__120",
                                COALESCE(
                                  CAST(BIT_COUNT("t24"."day_bit__n__actor__distinct_days__any__180__0") AS BIGINT),
                                  0
                                ) + COALESCE(
                                  CAST(BIT_COUNT("t24"."day_bit__n__actor__distinct_days__any__180__60") AS BIGINT),
                                  0
                                ) + COALESCE(
                                  CAST(BIT_COUNT("t24"."day_bit__n__actor__distinct_days__any__180__120") AS BIGINT),
                                  0
                                ) AS "n__actor__distinct_days__any__180"
                              FROM (
                                SELECT
                                  "t16"."member_id" AS "key",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('post', 'article')) AS "n__actor__count__post-article__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('search')) AS "n__actor__count__search__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('advanced_search')) AS "n__actor__count__advanced_search__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('profile_view')) AS "n__actor__count__profile_view__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('lead_saved', 'account_saved')) AS "n__actor__count__lead_saved-account_saved__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('share', 'post')) AS "n__actor__count__share-post__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('comment', 'reaction')) AS "n__actor__count__comment-reaction__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('message_sent', 'inmail_sent')) AS "n__actor__count__message_sent-inmail_sent__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('message_received')) AS "n__actor__count__message_received__180",
                                  COUNT("t16"."event_id") FILTER(WHERE
                                    "t16"."event_type" IN ('group_joined', 'group_post')) AS "n__actor__count__group_joined-group_post__180",
                                  BIT_OR("t16"."day_bit__n__actor__distinct_days__any__180__0") AS "day_bit__n__actor__distinct_days__any__180__0",
                                  BIT_OR("t16"."day_bit__n__actor__distinct_days__any__180__60") AS "day_bit__n__actor__distinct_days__any__180__60",
                                  BIT_OR("t16"."day_bit__n__actor__distinct_days__any__180__120") AS "day_bit__n__actor__distinct_days__any__180__120"
                                FROM (
                                  SELECT
                                    "t3"."event_id",
                                    "t3"."member_id",
                                    "t3"."event_type",
                                    "t3"."occurred_at",
                                    "t3"."target_member_id",
                                    "t3"."content_id",
                                    "t3"."value",
                                    IF(
                                      DATE_DIFF(
                                        'DAY',
                                        DATE_TRUNC('DAY', DATE("t3"."occurred_at")),
                                        DATE_TRUNC('DAY', FROM_ISO8601_DATE('2026-03-31'))
                                      ) BETWEEN 0 AND 59,
                                      BITWISE_LEFT_SHIFT(
                                        CAST(1 AS BIGINT),
                                        (
                                          DATE_DIFF(
                                            'DAY',
                                            DATE_TRUNC('DAY', DATE("t3"."occurred_at")),
                                            DATE_TRUNC('DAY', FROM_ISO8601_DATE('2026-03-31'))
                                          ) % 60
                                        )
                                      ),
                                      NULL
                                    ) AS "day_bit__n__actor__distinct_days__any__180__0",
                                    IF(
                                      DATE_DIFF(
                                        'DAY',
                                        DATE_TRUNC('DAY', DATE("t3"."occurred_at")),
                                        DATE_TRUNC('DAY', FROM_ISO8601_DATE('2026-03-31'))
                                      ) BETWEEN 60 AND 119,
                                      BITWISE_LEFT_SHIFT(
                                        CAST(1 AS BIGINT),
                                        (
                                          DATE_DIFF(
                                            'DAY',
                                            DATE_TRUNC('DAY', DATE("t3"."occurred_at")),
                                            DATE_TRUNC('DAY', FROM_ISO8601_DATE('2026-03-31'))
                                          ) % 60
                                        )
                                      ),
                                      NULL
                                    ) AS "day_bit__n__actor__distinct_days__any__180__60",
                                    IF(
                                      DATE_DIFF(
                                        'DAY',
                                        DATE_TRUNC('DAY', DATE("t3"."occurred_at")),
                                        DATE_TRUNC('DAY', FROM_ISO8601_DATE('2026-03-31'))
                                      ) BETWEEN 120 AND 179,
                                      BITWISE_LEFT_SHIFT(
                                        CAST(1 AS BIGINT),
                                        (
                                          DATE_DIFF(
                                            'DAY',
                                            DATE_TRUNC('DAY', DATE("t3"."occurred_at")),
                                            DATE_TRUNC('DAY', FROM_ISO8601_DATE('2026-03-31'))
                                          ) % 60
                                        )
                                      ),
                                      NULL
                                    ) AS "day_bit__n__actor__distinct_days__any__180__120"
                                  FROM "activity" AS "t3"
                                  WHERE
                                    "t3"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                    AND "t3"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                ) AS "t16"
                                GROUP BY
                                  1
                              ) AS "t24"
                            ) AS "t31"
                          ) AS "t34"
                            ON "t26"."member_id" = "t34"."key"
                        ) AS "t35"
                      ) AS "t37"
                      LEFT OUTER JOIN (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t8"."target_member_id" AS "key",
                            COUNT("t8"."event_id") FILTER(WHERE
                              "t8"."event_type" IN ('endorsement')) AS "n__target__count__endorsement__180",
                            COUNT("t8"."event_id") FILTER(WHERE
                              "t8"."event_type" IN ('reaction', 'comment', 'share')) AS "n__target__count__reaction-comment-share__180",
                            COUNT("t8"."event_id") FILTER(WHERE
                              "t8"."event_type" IN ('follow')) AS "n__target__count__follow__180",
                            COUNT("t8"."event_id") FILTER(WHERE
                              "t8"."event_type" IN ('profile_view')) AS "n__target__count__profile_view__180",
                            COUNT("t8"."event_id") FILTER(WHERE
                              "t8"."event_type" IN ('inmail_replied')) AS "n__target__count__inmail_replied__180"
                          FROM (
                            SELECT
                              *
                            FROM "activity" AS "t3"
                            WHERE
                              "t3"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                              AND "t3"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                              AND "t3"."target_member_id" IS NOT NULL
                          ) AS "t8"
                          GROUP BY
                            1
                        ) AS "t17"
                      ) AS "t22"
                        ON "t37"."member_id" = "t22"."key"
                    ) AS "t38"
                  ) AS "t40"
                  LEFT OUTER JOIN (
                    SELECT
                      "t18"."member_id" AS "key",
                      COUNT("t18"."event_id") FILTER(WHERE
                        "t18"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)) AS "n__prospecting__180"
                    FROM (
                      SELECT
                        "t13"."event_id",
                        "t13"."member_id",
                        "t13"."event_type",
                        "t13"."occurred_at",
                        "t13"."target_member_id",
                        "t13"."content_id",
                        "t13"."value",
                        "t13"."low",
                        "t13"."high"
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
                          AND "t3"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          AND "t3"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                          AND "t3"."target_member_id" IS NOT NULL
                      ) AS "t13"
                      WHERE
                        NOT EXISTS(
                          SELECT
                            1
                          FROM (
                            SELECT
                              "t1"."member_a" AS "low",
                              "t1"."member_b" AS "high"
                            FROM "connections" AS "t1"
                            WHERE
                              "t1"."connected_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                          ) AS "t10"
                          WHERE
                            "t13"."low" = "t10"."low" AND "t13"."high" = "t10"."high"
                        )
                    ) AS "t18"
                    GROUP BY
                      1
                  ) AS "t28"
                    ON "t40"."member_id" = "t28"."key"
                ) AS "t41"
              ) AS "t43"
              LEFT OUTER JOIN (
                SELECT
                  "t29"."key",
                  COUNT(*) AS "n__connections__all",
                  COUNT(*) FILTER(WHERE
                    "t29"."other_decides") AS "n__connections__decision_makers",
                  COUNT(*) FILTER(WHERE
                    "t29"."same_company") AS "n__connections__same_company"
                FROM (
                  SELECT
                    "t25"."end"."key" AS "key",
                    "t25"."end"."other_decides" AS "other_decides",
                    "t25"."end"."same_company" AS "same_company"
                  FROM (
                    SELECT
                      IF(_u.pos = _u_2.pos_2, _u_2."end") AS "end"
                    FROM (
                      SELECT
                        "t1"."member_a",
                        "t1"."member_b"
                      FROM "connections" AS "t1"
                      WHERE
                        "t1"."connected_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                    ) AS "t9"
                    INNER JOIN (
                      SELECT
                        "t2"."member_id" AS "a_id",
                        COALESCE("t2"."seniority" IN ('vp', 'cxo'), FALSE) AS "a_decides",
                        "t2"."company_id" AS "a_company"
                      FROM "members" AS "t2"
                    ) AS "t14"
                      ON "t9"."member_a" = "t14"."a_id"
                    INNER JOIN (
                      SELECT
                        "t2"."member_id" AS "b_id",
                        COALESCE("t2"."seniority" IN ('vp', 'cxo'), FALSE) AS "b_decides",
                        "t2"."company_id" AS "b_company"
                      FROM "members" AS "t2"
                    ) AS "t15"
                      ON "t9"."member_b" = "t15"."b_id"
                    CROSS JOIN UNNEST(SEQUENCE(
                      1,
                      GREATEST(
                        CARDINALITY(
                          ARRAY[TRY_CAST(ROW(
                            "t9"."member_a",
                            "t15"."b_decides",
                            COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                          ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                            "t9"."member_b",
                            "t14"."a_decides",
                            COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                          ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]
                        )
                      )
                    )) AS _u(pos)
                    CROSS JOIN UNNEST(ARRAY[TRY_CAST(ROW(
                      "t9"."member_a",
                      "t15"."b_decides",
                      COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                    ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                      "t9"."member_b",
                      "t14"."a_decides",
                      COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                    ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]) WITH ORDINALITY AS _u_2("end", pos_2)
                    WHERE
                      _u.pos = _u_2.pos_2
                      OR (
                        _u.pos > CARDINALITY(
                          ARRAY[TRY_CAST(ROW(
                            "t9"."member_a",
                            "t15"."b_decides",
                            COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                          ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                            "t9"."member_b",
                            "t14"."a_decides",
                            COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                          ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]
                        )
                        AND _u_2.pos_2 = CARDINALITY(
                          ARRAY[TRY_CAST(ROW(
                            "t9"."member_a",
                            "t15"."b_decides",
                            COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                          ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                            "t9"."member_b",
                            "t14"."a_decides",
                            COALESCE("t14"."a_company" = "t15"."b_company", FALSE)
                          ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]
                        )
                      )
                  ) AS "t25"
                ) AS "t29"
                GROUP BY
                  1
              ) AS "t32"
                ON "t43"."member_id" = "t32"."key"
            ) AS "t44"
          ) AS "t46"
          LEFT OUTER JOIN (
            SELECT
              "t4"."sender_id" AS "key",
              COUNT(*) FILTER(WHERE
                "t4"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)) AS "n__invited__180",
              COUNT(*) FILTER(WHERE
                (
                  "t4"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                )
                AND (
                  "t4"."accepted_at" IS NOT NULL
                )
                AND (
                  "t4"."accepted_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                )) AS "n__accepted__180"
            FROM (
              SELECT
                *
              FROM "invitations" AS "t0"
              WHERE
                "t0"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                AND "t0"."sent_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
            ) AS "t4"
            GROUP BY
              1
          ) AS "t21"
            ON "t46"."member_id" = "t21"."key"
        ) AS "t47"
      ) AS "t48"
    ) AS "t49"
  ) AS "t50"
) AS "t51"
