WITH "t54" AS (
  SELECT
    "t53"."member_id",
    "t53"."industry",
    "t53"."team_id",
    CAST("t53"."raw__profile_completeness" AS INTEGER) AS "raw__profile_completeness",
    CAST("t53"."raw__rich_media" AS INTEGER) AS "raw__rich_media",
    CAST("t53"."n__target__count__endorsement__180" AS INTEGER) AS "raw__endorsements_received",
    CAST("t53"."n__actor__count__post-article__180" AS INTEGER) AS "raw__posts_and_articles",
    CAST("t53"."n__target__count__reaction-comment-share__180" AS INTEGER) AS "raw__engagement_received",
    CAST("t53"."n__target__count__follow__180" AS INTEGER) AS "raw__followers_gained",
    CAST("t53"."n__actor__count__search__180" AS INTEGER) AS "raw__searches",
    CAST("t53"."n__actor__count__advanced_search__180" AS INTEGER) AS "raw__advanced_searches",
    CAST("t53"."n__actor__count__profile_view__180" AS INTEGER) AS "raw__profile_views_made",
    CAST("t53"."n__prospecting__180" AS INTEGER) AS "raw__prospecting_views",
    CAST("t53"."n__target__count__profile_view__180" AS INTEGER) AS "raw__inbound_profile_views",
    CAST("t53"."n__actor__count__lead_saved-account_saved__180" AS INTEGER) AS "raw__leads_and_accounts_saved",
    CAST("t53"."n__actor__distinct_days__any__180" AS INTEGER) AS "raw__days_active",
    CAST("t53"."n__actor__count__share-post__180" AS INTEGER) AS "raw__shares_and_posts",
    CAST("t53"."n__actor__count__comment-reaction__180" AS INTEGER) AS "raw__engagement_given",
    CAST("t53"."n__actor__count__message_sent-inmail_sent__180" AS INTEGER) AS "raw__messages_sent",
    CAST("t53"."n__actor__count__message_received__180" + "t53"."n__target__count__inmail_replied__180" AS INTEGER) AS "raw__response_rate",
    CAST("t53"."n__actor__count__message_sent-inmail_sent__180" AS INTEGER) AS "trials__response_rate",
    CAST("t53"."n__actor__count__group_joined-group_post__180" AS INTEGER) AS "raw__groups",
    CAST("t53"."n__connections__all" AS INTEGER) AS "raw__connections",
    CAST("t53"."n__connections__decision_makers" AS INTEGER) AS "raw__decision_maker_connections",
    CAST("t53"."n__connections__same_company" AS INTEGER) AS "raw__same_company_connections",
    CAST("t53"."n__accepted__180" AS INTEGER) AS "raw__acceptance_rate",
    CAST("t53"."n__invited__180" AS INTEGER) AS "trials__acceptance_rate",
    CAST(CAST(FLOOR(
      (
        LEAST("t53"."raw__profile_completeness" / CAST(7.0 AS DOUBLE), CAST(1.0 AS DOUBLE)) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__profile_completeness",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."raw__rich_media" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__rich_media",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__target__count__endorsement__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(2.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__endorsements_received",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__actor__count__post-article__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__posts_and_articles",
    CAST(CAST(FLOOR(
      (
        LEAST(
          LN("t53"."n__target__count__reaction-comment-share__180" + CAST(1.0 AS DOUBLE)) / CAST(4.110873864173311 AS DOUBLE),
          CAST(1.0 AS DOUBLE)
        ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__engagement_received",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__target__count__follow__180" / CAST(1.25 AS DOUBLE)
          ))
        ) * CAST(3.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__followers_gained",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__actor__count__search__180" / CAST(1.5 AS DOUBLE)
          ))
        ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__searches",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__actor__count__advanced_search__180" / CAST(1.25 AS DOUBLE)
          ))
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__advanced_searches",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__actor__count__profile_view__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(8.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__profile_views_made",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__prospecting__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__prospecting_views",
    CAST(CAST(FLOOR(
      (
        LEAST(
          LN("t53"."n__target__count__profile_view__180" + CAST(1.0 AS DOUBLE)) / CAST(2.1972245773362196 AS DOUBLE),
          CAST(1.0 AS DOUBLE)
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__inbound_profile_views",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(
            -(
              "t53"."n__actor__count__lead_saved-account_saved__180" / CAST(1.5 AS DOUBLE)
            )
          )
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__leads_and_accounts_saved",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__actor__distinct_days__any__180" / CAST(4.0 AS DOUBLE)
          ))
        ) * CAST(11.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__days_active",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__actor__count__share-post__180" / CAST(1.5 AS DOUBLE)
          ))
        ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__shares_and_posts",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__actor__count__comment-reaction__180" / CAST(2.0 AS DOUBLE)
          ))
        ) * CAST(15.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__engagement_given",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(
            -(
              "t53"."n__actor__count__message_sent-inmail_sent__180" / CAST(2.0 AS DOUBLE)
            )
          )
        ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__messages_sent",
    CAST(CAST(FLOOR(
      (
        IF(
          "t53"."n__actor__count__message_sent-inmail_sent__180" > 0,
          CAST((
            LEAST(
              "t53"."n__actor__count__message_received__180" + "t53"."n__target__count__inmail_replied__180",
              "t53"."n__actor__count__message_sent-inmail_sent__180"
            ) + CAST(2.0 AS DOUBLE)
          ) AS DOUBLE) / (
            "t53"."n__actor__count__message_sent-inmail_sent__180" + CAST(5.0 AS DOUBLE)
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
              "t53"."n__actor__count__group_joined-group_post__180" / CAST(1.25 AS DOUBLE)
            )
          )
        ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__groups",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__connections__all" / CAST(50.0 AS DOUBLE)
          ))
        ) * CAST(5.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__connections",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__connections__decision_makers" / CAST(20.0 AS DOUBLE)
          ))
        ) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__decision_maker_connections",
    CAST(CAST(FLOOR(
      (
        (
          CAST(1.0 AS DOUBLE) - EXP(-(
            "t53"."n__connections__same_company" / CAST(35.0 AS DOUBLE)
          ))
        ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__same_company_connections",
    CAST(CAST(FLOOR(
      (
        IF(
          "t53"."n__invited__180" > 0,
          CAST((
            LEAST("t53"."n__accepted__180", "t53"."n__invited__180") + CAST(2.5 AS DOUBLE)
          ) AS DOUBLE) / (
            "t53"."n__invited__180" + CAST(5.0 AS DOUBLE)
          ),
          CAST(0.0 AS DOUBLE)
        ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
      ) + CAST(0.5 AS DOUBLE)
    ) AS BIGINT) AS SMALLINT) AS "points__acceptance_rate"
  FROM (
    SELECT
      "t52"."member_id",
      "t52"."industry",
      "t52"."team_id",
      "t52"."raw__profile_completeness",
      "t52"."raw__rich_media",
      CAST(COALESCE("t52"."n__actor__count__post-article__180", 0) AS DOUBLE) AS "n__actor__count__post-article__180",
      CAST(COALESCE("t52"."n__actor__count__search__180", 0) AS DOUBLE) AS "n__actor__count__search__180",
      CAST(COALESCE("t52"."n__actor__count__advanced_search__180", 0) AS DOUBLE) AS "n__actor__count__advanced_search__180",
      CAST(COALESCE("t52"."n__actor__count__profile_view__180", 0) AS DOUBLE) AS "n__actor__count__profile_view__180",
      CAST(COALESCE("t52"."n__actor__count__lead_saved-account_saved__180", 0) AS DOUBLE) AS "n__actor__count__lead_saved-account_saved__180",
      CAST(COALESCE("t52"."n__actor__count__share-post__180", 0) AS DOUBLE) AS "n__actor__count__share-post__180",
      CAST(COALESCE("t52"."n__actor__count__comment-reaction__180", 0) AS DOUBLE) AS "n__actor__count__comment-reaction__180",
      CAST(COALESCE("t52"."n__actor__count__message_sent-inmail_sent__180", 0) AS DOUBLE) AS "n__actor__count__message_sent-inmail_sent__180",
      CAST(COALESCE("t52"."n__actor__count__message_received__180", 0) AS DOUBLE) AS "n__actor__count__message_received__180",
      CAST(COALESCE("t52"."n__actor__count__group_joined-group_post__180", 0) AS DOUBLE) AS "n__actor__count__group_joined-group_post__180",
      CAST(COALESCE("t52"."n__actor__distinct_days__any__180", 0) AS DOUBLE) AS "n__actor__distinct_days__any__180",
      CAST(COALESCE("t52"."n__target__count__endorsement__180", 0) AS DOUBLE) AS "n__target__count__endorsement__180",
      CAST(COALESCE("t52"."n__target__count__reaction-comment-share__180", 0) AS DOUBLE) AS "n__target__count__reaction-comment-share__180",
      CAST(COALESCE("t52"."n__target__count__follow__180", 0) AS DOUBLE) AS "n__target__count__follow__180",
      CAST(COALESCE("t52"."n__target__count__profile_view__180", 0) AS DOUBLE) AS "n__target__count__profile_view__180",
      CAST(COALESCE("t52"."n__target__count__inmail_replied__180", 0) AS DOUBLE) AS "n__target__count__inmail_replied__180",
      CAST(COALESCE("t52"."n__prospecting__180", 0) AS DOUBLE) AS "n__prospecting__180",
      CAST(COALESCE("t52"."n__connections__all", 0) AS DOUBLE) AS "n__connections__all",
      CAST(COALESCE("t52"."n__connections__decision_makers", 0) AS DOUBLE) AS "n__connections__decision_makers",
      CAST(COALESCE("t52"."n__connections__same_company", 0) AS DOUBLE) AS "n__connections__same_company",
      CAST(COALESCE("t52"."n__invited__180", 0) AS DOUBLE) AS "n__invited__180",
      CAST(COALESCE("t52"."n__accepted__180", 0) AS DOUBLE) AS "n__accepted__180"
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
        "t51"."n__invited__180",
        "t51"."n__accepted__180"
      FROM (
        SELECT
          "t50"."member_id",
          "t50"."industry",
          "t50"."team_id",
          "t50"."raw__profile_completeness",
          "t50"."raw__rich_media",
          "t50"."n__actor__count__post-article__180",
          "t50"."n__actor__count__search__180",
          "t50"."n__actor__count__advanced_search__180",
          "t50"."n__actor__count__profile_view__180",
          "t50"."n__actor__count__lead_saved-account_saved__180",
          "t50"."n__actor__count__share-post__180",
          "t50"."n__actor__count__comment-reaction__180",
          "t50"."n__actor__count__message_sent-inmail_sent__180",
          "t50"."n__actor__count__message_received__180",
          "t50"."n__actor__count__group_joined-group_post__180",
          "t50"."n__actor__distinct_days__any__180",
          "t50"."n__target__count__endorsement__180",
          "t50"."n__target__count__reaction-comment-share__180",
          "t50"."n__target__count__follow__180",
          "t50"."n__target__count__profile_view__180",
          "t50"."n__target__count__inmail_replied__180",
          "t50"."n__prospecting__180",
          "t50"."n__connections__all",
          "t50"."n__connections__decision_makers",
          "t50"."n__connections__same_company",
          "t28"."key",
          "t28"."n__invited__180",
          "t28"."n__accepted__180"
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
            "t48"."n__connections__same_company"
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
              "t39"."key",
              "t39"."n__connections__all",
              "t39"."n__connections__decision_makers",
              "t39"."n__connections__same_company"
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
                "t45"."n__prospecting__180"
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
                  "t34"."key",
                  "t34"."n__prospecting__180"
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
                    "t42"."n__target__count__inmail_replied__180"
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
                      "t27"."key",
                      "t27"."n__target__count__endorsement__180",
                      "t27"."n__target__count__reaction-comment-share__180",
                      "t27"."n__target__count__follow__180",
                      "t27"."n__target__count__profile_view__180",
                      "t27"."n__target__count__inmail_replied__180"
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
                        "t38"."n__actor__distinct_days__any__180"
                      FROM (
                        SELECT
                          "t31"."member_id",
                          "t31"."industry",
                          "t31"."team_id",
                          "t31"."raw__profile_completeness",
                          "t31"."raw__rich_media",
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
                            "t2"."member_id",
                            "t2"."industry",
                            "t2"."team_id",
                            CAST(CAST(COALESCE("t2"."has_photo", FALSE) AS BIGINT) + CAST(COALESCE("t2"."has_headline", FALSE) AS BIGINT) + CAST(COALESCE("t2"."has_summary", FALSE) AS BIGINT) + CAST(COALESCE("t2"."experience_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t2"."education_count", 0) >= 1 AS BIGINT) + CAST(COALESCE("t2"."skills_count", 0) >= 5 AS BIGINT) + CAST(COALESCE("t2"."recommendations_count", 0) >= 1 AS BIGINT) AS DOUBLE) AS "raw__profile_completeness",
                            CAST(COALESCE("t2"."rich_media_count", 0) AS DOUBLE) AS "raw__rich_media"
                          FROM "members" AS "t2"
                          WHERE
                            "t2"."joined_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                        ) AS "t31"
                        LEFT OUTER JOIN (
                          SELECT
                            "t26"."key",
                            "t26"."n__actor__count__post-article__180",
                            "t26"."n__actor__count__search__180",
                            "t26"."n__actor__count__advanced_search__180",
                            "t26"."n__actor__count__profile_view__180",
                            "t26"."n__actor__count__lead_saved-account_saved__180",
                            "t26"."n__actor__count__share-post__180",
                            "t26"."n__actor__count__comment-reaction__180",
                            "t26"."n__actor__count__message_sent-inmail_sent__180",
                            "t26"."n__actor__count__message_received__180",
                            "t26"."n__actor__count__group_joined-group_post__180",
                            "t21"."n__actor__distinct_days__any__180"
                          FROM (
                            SELECT
                              "t8"."member_id" AS "key",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('post', 'article')) AS "n__actor__count__post-article__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('search')) AS "n__actor__count__search__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('advanced_search')) AS "n__actor__count__advanced_search__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('profile_view')) AS "n__actor__count__profile_view__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('lead_saved', 'account_saved')) AS "n__actor__count__lead_saved-account_saved__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('share', 'post')) AS "n__actor__count__share-post__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('comment', 'reaction')) AS "n__actor__count__comment-reaction__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('message_sent', 'inmail_sent')) AS "n__actor__count__message_sent-inmail_sent__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('message_received')) AS "n__actor__count__message_received__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                )
                                AND "t8"."event_type" IN ('group_joined', 'group_post')) AS "n__actor__count__group_joined-group_post__180"
                            FROM (
                              SELECT
                                *
                              FROM "activity" AS "t3"
                              WHERE
                                "t3"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                AND "t3"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                            ) AS "t8"
                            GROUP BY
                              1
                          ) AS "t26"
                          LEFT OUTER JOIN (
                            SELECT
                              "t9"."key",
                              COUNT(*) AS "n__actor__distinct_days__any__180"
                            FROM (
                              SELECT DISTINCT
                                "t3"."member_id" AS "key",
                                DATE("t3"."occurred_at") AS "day"
                              FROM "activity" AS "t3"
                              WHERE
                                "t3"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                                AND "t3"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                            ) AS "t9"
                            GROUP BY
                              1
                          ) AS "t21"
                            ON "t26"."key" = "t21"."key"
                        ) AS "t35"
                          ON "t31"."member_id" = "t35"."key"
                      ) AS "t38"
                    ) AS "t41"
                    LEFT OUTER JOIN (
                      SELECT
                        "t11"."target_member_id" AS "key",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t11"."event_type" IN ('endorsement')) AS "n__target__count__endorsement__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t11"."event_type" IN ('reaction', 'comment', 'share')) AS "n__target__count__reaction-comment-share__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t11"."event_type" IN ('follow')) AS "n__target__count__follow__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t11"."event_type" IN ('profile_view')) AS "n__target__count__profile_view__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          )
                          AND "t11"."event_type" IN ('inmail_replied')) AS "n__target__count__inmail_replied__180"
                      FROM (
                        SELECT
                          *
                        FROM "activity" AS "t3"
                        WHERE
                          "t3"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
                          AND "t3"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                          AND "t3"."target_member_id" IS NOT NULL
                      ) AS "t11"
                      GROUP BY
                        1
                    ) AS "t27"
                      ON "t41"."member_id" = "t27"."key"
                  ) AS "t42"
                ) AS "t44"
                LEFT OUTER JOIN (
                  SELECT
                    "t23"."member_id" AS "key",
                    COUNT("t23"."event_id") FILTER(WHERE
                      "t23"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)) AS "n__prospecting__180"
                  FROM (
                    SELECT
                      "t17"."event_id",
                      "t17"."member_id",
                      "t17"."event_type",
                      "t17"."occurred_at",
                      "t17"."target_member_id",
                      "t17"."content_id",
                      "t17"."value",
                      "t17"."low",
                      "t17"."high"
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
                    ) AS "t17"
                    WHERE
                      NOT EXISTS(
                        SELECT
                          1
                        FROM (
                          SELECT
                            "t0"."member_a" AS "low",
                            "t0"."member_b" AS "high"
                          FROM "connections" AS "t0"
                          WHERE
                            "t0"."connected_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                        ) AS "t14"
                        WHERE
                          "t17"."low" = "t14"."low" AND "t17"."high" = "t14"."high"
                      )
                  ) AS "t23"
                  GROUP BY
                    1
                ) AS "t34"
                  ON "t44"."member_id" = "t34"."key"
              ) AS "t45"
            ) AS "t47"
            LEFT OUTER JOIN (
              SELECT
                "t36"."key",
                COUNT(*) AS "n__connections__all",
                COUNT(*) FILTER(WHERE
                  "t36"."other_decides") AS "n__connections__decision_makers",
                COUNT(*) FILTER(WHERE
                  "t36"."same_company") AS "n__connections__same_company"
              FROM (
                SELECT
                  "t30"."end"."key" AS "key",
                  "t30"."end"."other_decides" AS "other_decides",
                  "t30"."end"."same_company" AS "same_company"
                FROM (
                  SELECT
                    IF(_u.pos = _u_2.pos_2, _u_2."end") AS "end"
                  FROM (
                    SELECT
                      "t0"."member_a",
                      "t0"."member_b"
                    FROM "connections" AS "t0"
                    WHERE
                      "t0"."connected_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                  ) AS "t13"
                  INNER JOIN (
                    SELECT
                      "t2"."member_id" AS "a_id",
                      COALESCE("t2"."seniority" IN ('vp', 'cxo'), FALSE) AS "a_decides",
                      "t2"."company_id" AS "a_company"
                    FROM "members" AS "t2"
                  ) AS "t18"
                    ON "t13"."member_a" = "t18"."a_id"
                  INNER JOIN (
                    SELECT
                      "t2"."member_id" AS "b_id",
                      COALESCE("t2"."seniority" IN ('vp', 'cxo'), FALSE) AS "b_decides",
                      "t2"."company_id" AS "b_company"
                    FROM "members" AS "t2"
                  ) AS "t19"
                    ON "t13"."member_b" = "t19"."b_id"
                  CROSS JOIN UNNEST(SEQUENCE(
                    1,
                    GREATEST(
                      CARDINALITY(
                        ARRAY[TRY_CAST(ROW(
                          "t13"."member_a",
                          "t19"."b_decides",
                          COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                        ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                          "t13"."member_b",
                          "t18"."a_decides",
                          COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                        ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]
                      )
                    )
                  )) AS _u(pos)
                  CROSS JOIN UNNEST(ARRAY[TRY_CAST(ROW(
                    "t13"."member_a",
                    "t19"."b_decides",
                    COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                  ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                    "t13"."member_b",
                    "t18"."a_decides",
                    COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                  ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]) WITH ORDINALITY AS _u_2("end", pos_2)
                  WHERE
                    _u.pos = _u_2.pos_2
                    OR (
                      _u.pos > CARDINALITY(
                        ARRAY[TRY_CAST(ROW(
                          "t13"."member_a",
                          "t19"."b_decides",
                          COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                        ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                          "t13"."member_b",
                          "t18"."a_decides",
                          COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                        ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]
                      )
                      AND _u_2.pos_2 = CARDINALITY(
                        ARRAY[TRY_CAST(ROW(
                          "t13"."member_a",
                          "t19"."b_decides",
                          COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                        ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)), TRY_CAST(ROW(
                          "t13"."member_b",
                          "t18"."a_decides",
                          COALESCE("t18"."a_company" = "t19"."b_company", FALSE)
                        ) AS ROW("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN))]
                      )
                    )
                ) AS "t30"
              ) AS "t36"
              GROUP BY
                1
            ) AS "t39"
              ON "t47"."member_id" = "t39"."key"
          ) AS "t48"
        ) AS "t50"
        LEFT OUTER JOIN (
          SELECT
            "t7"."sender_id" AS "key",
            COUNT(*) FILTER(WHERE
              "t7"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)) AS "n__invited__180",
            COUNT(*) FILTER(WHERE
              (
                "t7"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
              )
              AND (
                "t7"."accepted_at" IS NOT NULL
              )
              AND (
                "t7"."accepted_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
              )) AS "n__accepted__180"
          FROM (
            SELECT
              *
            FROM "invitations" AS "t1"
            WHERE
              "t1"."sent_at" >= CAST(FROM_ISO8601_TIMESTAMP('2025-10-03T00:00:00') AS TIMESTAMP)
              AND "t1"."sent_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
          ) AS "t7"
          GROUP BY
            1
        ) AS "t28"
          ON "t50"."member_id" = "t28"."key"
      ) AS "t51"
    ) AS "t52"
  ) AS "t53"
), "t59" AS (
  SELECT
    "t55"."team_id",
    CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" + (
      "t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active"
    ) + (
      "t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups"
    ) + (
      "t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate"
    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "total"
  FROM "t54" AS "t55"
  WHERE
    "t55"."team_id" IS NOT NULL
), "t60" AS (
  SELECT
    "t55"."industry",
    CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" + (
      "t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active"
    ) + (
      "t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups"
    ) + (
      "t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate"
    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "total"
  FROM "t54" AS "t55"
  WHERE
    "t55"."industry" IS NOT NULL
)
SELECT
  FROM_ISO8601_DATE('2026-03-31') AS "as_of",
  "t96"."member_id",
  '1.2.0' AS "model_version",
  "t96"."industry",
  "t96"."team_id",
  "t96"."brand",
  "t96"."find",
  "t96"."engage",
  "t96"."relationships",
  "t96"."total",
  "t96"."industry_rank",
  "t96"."industry_size",
  "t96"."industry_avg",
  "t96"."network_rank",
  "t96"."network_size",
  "t96"."network_avg",
  "t96"."team_rank",
  "t96"."team_size",
  "t96"."team_avg",
  ARRAY["t96"."raw__profile_completeness", "t96"."raw__rich_media", "t96"."raw__endorsements_received", "t96"."raw__posts_and_articles", "t96"."raw__engagement_received", "t96"."raw__followers_gained", "t96"."raw__searches", "t96"."raw__advanced_searches", "t96"."raw__profile_views_made", "t96"."raw__prospecting_views", "t96"."raw__inbound_profile_views", "t96"."raw__leads_and_accounts_saved", "t96"."raw__days_active", "t96"."raw__shares_and_posts", "t96"."raw__engagement_given", "t96"."raw__messages_sent", "t96"."raw__response_rate", "t96"."raw__groups", "t96"."raw__connections", "t96"."raw__decision_maker_connections", "t96"."raw__same_company_connections", "t96"."raw__acceptance_rate"] AS "signal_raw",
  ARRAY[CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t96"."trials__response_rate", CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), "t96"."trials__acceptance_rate"] AS "signal_trials",
  ARRAY[CAST(CAST(CAST(FLOOR(
    (
      LEAST("t96"."raw__profile_completeness" / CAST(7.0 AS DOUBLE), CAST(1.0 AS DOUBLE)) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__rich_media" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__endorsements_received" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(2.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__posts_and_articles" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      LEAST(
        LN("t96"."raw__engagement_received" + CAST(1.0 AS DOUBLE)) / CAST(4.110873864173311 AS DOUBLE),
        CAST(1.0 AS DOUBLE)
      ) * CAST(2.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__followers_gained" / CAST(1.25 AS DOUBLE)
        ))
      ) * CAST(3.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__searches" / CAST(1.5 AS DOUBLE)
        ))
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__advanced_searches" / CAST(1.25 AS DOUBLE)
        ))
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__profile_views_made" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(8.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__prospecting_views" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      LEAST(
        LN("t96"."raw__inbound_profile_views" + CAST(1.0 AS DOUBLE)) / CAST(2.1972245773362196 AS DOUBLE),
        CAST(1.0 AS DOUBLE)
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__leads_and_accounts_saved" / CAST(1.5 AS DOUBLE)
        ))
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__days_active" / CAST(4.0 AS DOUBLE)
        ))
      ) * CAST(11.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__shares_and_posts" / CAST(1.5 AS DOUBLE)
        ))
      ) * CAST(6.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__engagement_given" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(15.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__messages_sent" / CAST(2.0 AS DOUBLE)
        ))
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      IF(
        "t96"."trials__response_rate" > 0,
        CAST((
          LEAST("t96"."raw__response_rate", "t96"."trials__response_rate") + CAST(2.0 AS DOUBLE)
        ) AS DOUBLE) / (
          "t96"."trials__response_rate" + CAST(5.0 AS DOUBLE)
        ),
        CAST(0.0 AS DOUBLE)
      ) * CAST(1.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__groups" / CAST(1.25 AS DOUBLE)
        ))
      ) * CAST(1.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__connections" / CAST(50.0 AS DOUBLE)
        ))
      ) * CAST(5.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__decision_maker_connections" / CAST(20.0 AS DOUBLE)
        ))
      ) * CAST(9.0 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      (
        CAST(1.0 AS DOUBLE) - EXP(-(
          "t96"."raw__same_company_connections" / CAST(35.0 AS DOUBLE)
        ))
      ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2)), CAST(CAST(CAST(FLOOR(
    (
      IF(
        "t96"."trials__acceptance_rate" > 0,
        CAST((
          LEAST("t96"."raw__acceptance_rate", "t96"."trials__acceptance_rate") + CAST(2.5 AS DOUBLE)
        ) AS DOUBLE) / (
          "t96"."trials__acceptance_rate" + CAST(5.0 AS DOUBLE)
        ),
        CAST(0.0 AS DOUBLE)
      ) * CAST(5.5 AS DOUBLE) * CAST(100.0 AS DOUBLE)
    ) + CAST(0.5 AS DOUBLE)
  ) AS BIGINT) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(4, 2))] AS "signal_points"
FROM (
  SELECT
    "t95"."member_id",
    "t95"."industry",
    "t95"."team_id",
    CAST("t95"."raw__profile_completeness" AS DOUBLE) AS "raw__profile_completeness",
    CAST("t95"."raw__rich_media" AS DOUBLE) AS "raw__rich_media",
    CAST("t95"."raw__endorsements_received" AS DOUBLE) AS "raw__endorsements_received",
    CAST("t95"."raw__posts_and_articles" AS DOUBLE) AS "raw__posts_and_articles",
    CAST("t95"."raw__engagement_received" AS DOUBLE) AS "raw__engagement_received",
    CAST("t95"."raw__followers_gained" AS DOUBLE) AS "raw__followers_gained",
    CAST("t95"."raw__searches" AS DOUBLE) AS "raw__searches",
    CAST("t95"."raw__advanced_searches" AS DOUBLE) AS "raw__advanced_searches",
    CAST("t95"."raw__profile_views_made" AS DOUBLE) AS "raw__profile_views_made",
    CAST("t95"."raw__prospecting_views" AS DOUBLE) AS "raw__prospecting_views",
    CAST("t95"."raw__inbound_profile_views" AS DOUBLE) AS "raw__inbound_profile_views",
    CAST("t95"."raw__leads_and_accounts_saved" AS DOUBLE) AS "raw__leads_and_accounts_saved",
    CAST("t95"."raw__days_active" AS DOUBLE) AS "raw__days_active",
    CAST("t95"."raw__shares_and_posts" AS DOUBLE) AS "raw__shares_and_posts",
    CAST("t95"."raw__engagement_given" AS DOUBLE) AS "raw__engagement_given",
    CAST("t95"."raw__messages_sent" AS DOUBLE) AS "raw__messages_sent",
    CAST("t95"."raw__response_rate" AS DOUBLE) AS "raw__response_rate",
    CAST("t95"."raw__groups" AS DOUBLE) AS "raw__groups",
    CAST("t95"."raw__connections" AS DOUBLE) AS "raw__connections",
    CAST("t95"."raw__decision_maker_connections" AS DOUBLE) AS "raw__decision_maker_connections",
    CAST("t95"."raw__same_company_connections" AS DOUBLE) AS "raw__same_company_connections",
    CAST("t95"."raw__acceptance_rate" AS DOUBLE) AS "raw__acceptance_rate",
    CAST("t95"."trials__response_rate" AS DOUBLE) AS "trials__response_rate",
    CAST("t95"."trials__acceptance_rate" AS DOUBLE) AS "trials__acceptance_rate",
    "t95"."brand",
    "t95"."find",
    "t95"."engage",
    "t95"."relationships",
    "t95"."total",
    "t95"."industry_rank",
    "t95"."industry_size",
    "t95"."industry_avg",
    "t95"."team_rank",
    "t95"."team_size",
    "t95"."team_avg",
    "t95"."network_rank",
    "t95"."network_size",
    "t95"."network_avg"
  FROM (
    SELECT
      "t94"."member_id",
      "t94"."industry",
      "t94"."team_id",
      "t94"."raw__profile_completeness",
      "t94"."raw__rich_media",
      "t94"."raw__endorsements_received",
      "t94"."raw__posts_and_articles",
      "t94"."raw__engagement_received",
      "t94"."raw__followers_gained",
      "t94"."raw__searches",
      "t94"."raw__advanced_searches",
      "t94"."raw__profile_views_made",
      "t94"."raw__prospecting_views",
      "t94"."raw__inbound_profile_views",
      "t94"."raw__leads_and_accounts_saved",
      "t94"."raw__days_active",
      "t94"."raw__shares_and_posts",
      "t94"."raw__engagement_given",
      "t94"."raw__messages_sent",
      "t94"."raw__response_rate",
      "t94"."raw__groups",
      "t94"."raw__connections",
      "t94"."raw__decision_maker_connections",
      "t94"."raw__same_company_connections",
      "t94"."raw__acceptance_rate",
      "t94"."trials__response_rate",
      "t94"."trials__acceptance_rate",
      "t94"."brand",
      "t94"."find",
      "t94"."engage",
      "t94"."relationships",
      "t94"."total",
      "t94"."industry_rank",
      "t94"."industry_size",
      "t94"."industry_avg",
      "t94"."team_rank",
      "t94"."team_size",
      "t94"."team_avg",
      "t94"."network_rank",
      "t94"."network_size",
      "t94"."network_avg"
    FROM (
      SELECT
        "t93"."member_id",
        "t93"."industry",
        "t93"."team_id",
        "t93"."raw__profile_completeness",
        "t93"."raw__rich_media",
        "t93"."raw__endorsements_received",
        "t93"."raw__posts_and_articles",
        "t93"."raw__engagement_received",
        "t93"."raw__followers_gained",
        "t93"."raw__searches",
        "t93"."raw__advanced_searches",
        "t93"."raw__profile_views_made",
        "t93"."raw__prospecting_views",
        "t93"."raw__inbound_profile_views",
        "t93"."raw__leads_and_accounts_saved",
        "t93"."raw__days_active",
        "t93"."raw__shares_and_posts",
        "t93"."raw__engagement_given",
        "t93"."raw__messages_sent",
        "t93"."raw__response_rate",
        "t93"."raw__groups",
        "t93"."raw__connections",
        "t93"."raw__decision_maker_connections",
        "t93"."raw__same_company_connections",
        "t93"."raw__acceptance_rate",
        "t93"."trials__response_rate",
        "t93"."trials__acceptance_rate",
        "t93"."brand",
        "t93"."find",
        "t93"."engage",
        "t93"."relationships",
        "t93"."total",
        "t93"."industry_rank",
        "t93"."industry_size",
        "t93"."industry_avg",
        "t93"."team_rank",
        "t93"."team_size",
        "t93"."team_avg",
        "t93"."n_connected",
        "t93"."n_above",
        "t93"."sum_connected",
        IF(
          (
            COALESCE("t93"."n_connected", 0) + 1
          ) >= 5,
          COALESCE("t93"."n_above", 0) + 1,
          NULL
        ) AS "network_rank",
        COALESCE("t93"."n_connected", 0) + 1 AS "network_size",
        CAST((
          CAST("t93"."total" AS DOUBLE) + COALESCE("t93"."sum_connected", CAST(0.0 AS DOUBLE))
        ) AS DOUBLE) / (
          COALESCE("t93"."n_connected", 0) + 1
        ) AS "network_avg"
      FROM (
        SELECT
          "t92"."member_id",
          "t92"."industry",
          "t92"."team_id",
          "t92"."raw__profile_completeness",
          "t92"."raw__rich_media",
          "t92"."raw__endorsements_received",
          "t92"."raw__posts_and_articles",
          "t92"."raw__engagement_received",
          "t92"."raw__followers_gained",
          "t92"."raw__searches",
          "t92"."raw__advanced_searches",
          "t92"."raw__profile_views_made",
          "t92"."raw__prospecting_views",
          "t92"."raw__inbound_profile_views",
          "t92"."raw__leads_and_accounts_saved",
          "t92"."raw__days_active",
          "t92"."raw__shares_and_posts",
          "t92"."raw__engagement_given",
          "t92"."raw__messages_sent",
          "t92"."raw__response_rate",
          "t92"."raw__groups",
          "t92"."raw__connections",
          "t92"."raw__decision_maker_connections",
          "t92"."raw__same_company_connections",
          "t92"."raw__acceptance_rate",
          "t92"."trials__response_rate",
          "t92"."trials__acceptance_rate",
          "t92"."brand",
          "t92"."find",
          "t92"."engage",
          "t92"."relationships",
          "t92"."total",
          "t92"."industry_rank",
          "t92"."industry_size",
          "t92"."industry_avg",
          "t92"."team_rank",
          "t92"."team_size",
          "t92"."team_avg",
          "t92"."n_connected",
          "t92"."n_above",
          "t92"."sum_connected"
        FROM (
          SELECT
            "t91"."member_id",
            "t91"."industry",
            "t91"."team_id",
            "t91"."raw__profile_completeness",
            "t91"."raw__rich_media",
            "t91"."raw__endorsements_received",
            "t91"."raw__posts_and_articles",
            "t91"."raw__engagement_received",
            "t91"."raw__followers_gained",
            "t91"."raw__searches",
            "t91"."raw__advanced_searches",
            "t91"."raw__profile_views_made",
            "t91"."raw__prospecting_views",
            "t91"."raw__inbound_profile_views",
            "t91"."raw__leads_and_accounts_saved",
            "t91"."raw__days_active",
            "t91"."raw__shares_and_posts",
            "t91"."raw__engagement_given",
            "t91"."raw__messages_sent",
            "t91"."raw__response_rate",
            "t91"."raw__groups",
            "t91"."raw__connections",
            "t91"."raw__decision_maker_connections",
            "t91"."raw__same_company_connections",
            "t91"."raw__acceptance_rate",
            "t91"."trials__response_rate",
            "t91"."trials__acceptance_rate",
            "t91"."brand",
            "t91"."find",
            "t91"."engage",
            "t91"."relationships",
            "t91"."total",
            "t91"."industry_rank",
            "t91"."industry_size",
            "t91"."industry_avg",
            "t91"."team_rank",
            "t91"."team_size",
            "t91"."team_avg",
            "t79"."key",
            "t79"."n_connected",
            "t79"."n_above",
            "t79"."sum_connected"
          FROM (
            SELECT
              "t89"."member_id",
              "t89"."industry",
              "t89"."team_id",
              "t89"."raw__profile_completeness",
              "t89"."raw__rich_media",
              "t89"."raw__endorsements_received",
              "t89"."raw__posts_and_articles",
              "t89"."raw__engagement_received",
              "t89"."raw__followers_gained",
              "t89"."raw__searches",
              "t89"."raw__advanced_searches",
              "t89"."raw__profile_views_made",
              "t89"."raw__prospecting_views",
              "t89"."raw__inbound_profile_views",
              "t89"."raw__leads_and_accounts_saved",
              "t89"."raw__days_active",
              "t89"."raw__shares_and_posts",
              "t89"."raw__engagement_given",
              "t89"."raw__messages_sent",
              "t89"."raw__response_rate",
              "t89"."raw__groups",
              "t89"."raw__connections",
              "t89"."raw__decision_maker_connections",
              "t89"."raw__same_company_connections",
              "t89"."raw__acceptance_rate",
              "t89"."trials__response_rate",
              "t89"."trials__acceptance_rate",
              "t89"."brand",
              "t89"."find",
              "t89"."engage",
              "t89"."relationships",
              "t89"."total",
              "t89"."industry_rank",
              "t89"."industry_size",
              "t89"."industry_avg",
              "t89"."team_rank",
              "t89"."team_size",
              "t89"."team_avg"
            FROM (
              SELECT
                "t88"."member_id",
                "t88"."industry",
                "t88"."team_id",
                "t88"."raw__profile_completeness",
                "t88"."raw__rich_media",
                "t88"."raw__endorsements_received",
                "t88"."raw__posts_and_articles",
                "t88"."raw__engagement_received",
                "t88"."raw__followers_gained",
                "t88"."raw__searches",
                "t88"."raw__advanced_searches",
                "t88"."raw__profile_views_made",
                "t88"."raw__prospecting_views",
                "t88"."raw__inbound_profile_views",
                "t88"."raw__leads_and_accounts_saved",
                "t88"."raw__days_active",
                "t88"."raw__shares_and_posts",
                "t88"."raw__engagement_given",
                "t88"."raw__messages_sent",
                "t88"."raw__response_rate",
                "t88"."raw__groups",
                "t88"."raw__connections",
                "t88"."raw__decision_maker_connections",
                "t88"."raw__same_company_connections",
                "t88"."raw__acceptance_rate",
                "t88"."trials__response_rate",
                "t88"."trials__acceptance_rate",
                "t88"."brand",
                "t88"."find",
                "t88"."engage",
                "t88"."relationships",
                "t88"."total",
                "t88"."industry_rank",
                "t88"."industry_size",
                "t88"."industry_avg",
                "t84"."stats_key",
                "t84"."stats_total",
                "t84"."team_rank",
                "t84"."team_size",
                "t84"."team_avg"
              FROM (
                SELECT
                  "t86"."member_id",
                  "t86"."industry",
                  "t86"."team_id",
                  "t86"."raw__profile_completeness",
                  "t86"."raw__rich_media",
                  "t86"."raw__endorsements_received",
                  "t86"."raw__posts_and_articles",
                  "t86"."raw__engagement_received",
                  "t86"."raw__followers_gained",
                  "t86"."raw__searches",
                  "t86"."raw__advanced_searches",
                  "t86"."raw__profile_views_made",
                  "t86"."raw__prospecting_views",
                  "t86"."raw__inbound_profile_views",
                  "t86"."raw__leads_and_accounts_saved",
                  "t86"."raw__days_active",
                  "t86"."raw__shares_and_posts",
                  "t86"."raw__engagement_given",
                  "t86"."raw__messages_sent",
                  "t86"."raw__response_rate",
                  "t86"."raw__groups",
                  "t86"."raw__connections",
                  "t86"."raw__decision_maker_connections",
                  "t86"."raw__same_company_connections",
                  "t86"."raw__acceptance_rate",
                  "t86"."trials__response_rate",
                  "t86"."trials__acceptance_rate",
                  "t86"."brand",
                  "t86"."find",
                  "t86"."engage",
                  "t86"."relationships",
                  "t86"."total",
                  "t86"."industry_rank",
                  "t86"."industry_size",
                  "t86"."industry_avg"
                FROM (
                  SELECT
                    "t61"."member_id",
                    "t61"."industry",
                    "t61"."team_id",
                    "t61"."raw__profile_completeness",
                    "t61"."raw__rich_media",
                    "t61"."raw__endorsements_received",
                    "t61"."raw__posts_and_articles",
                    "t61"."raw__engagement_received",
                    "t61"."raw__followers_gained",
                    "t61"."raw__searches",
                    "t61"."raw__advanced_searches",
                    "t61"."raw__profile_views_made",
                    "t61"."raw__prospecting_views",
                    "t61"."raw__inbound_profile_views",
                    "t61"."raw__leads_and_accounts_saved",
                    "t61"."raw__days_active",
                    "t61"."raw__shares_and_posts",
                    "t61"."raw__engagement_given",
                    "t61"."raw__messages_sent",
                    "t61"."raw__response_rate",
                    "t61"."raw__groups",
                    "t61"."raw__connections",
                    "t61"."raw__decision_maker_connections",
                    "t61"."raw__same_company_connections",
                    "t61"."raw__acceptance_rate",
                    "t61"."trials__response_rate",
                    "t61"."trials__acceptance_rate",
                    "t61"."brand",
                    "t61"."find",
                    "t61"."engage",
                    "t61"."relationships",
                    "t61"."total",
                    "t85"."stats_key",
                    "t85"."stats_total",
                    "t85"."industry_rank",
                    "t85"."industry_size",
                    "t85"."industry_avg"
                  FROM (
                    SELECT
                      "t55"."member_id",
                      "t55"."industry",
                      "t55"."team_id",
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
                      "t55"."raw__acceptance_rate",
                      "t55"."trials__response_rate",
                      "t55"."trials__acceptance_rate",
                      CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "brand",
                      CAST(CAST("t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "find",
                      CAST(CAST("t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "engage",
                      CAST(CAST("t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate" AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "relationships",
                      CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" + (
                        "t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active"
                      ) + (
                        "t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups"
                      ) + (
                        "t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate"
                      ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "total"
                    FROM "t54" AS "t55"
                  ) AS "t61"
                  LEFT OUTER JOIN (
                    SELECT
                      "t81"."industry" AS "stats_key",
                      "t81"."total" AS "stats_total",
                      "t81"."rank" AS "industry_rank",
                      "t81"."size" AS "industry_size",
                      "t81"."avg" AS "industry_avg"
                    FROM (
                      SELECT
                        "t77"."industry",
                        "t77"."total",
                        IF("t72"."size" >= 5, "t77"."rank", NULL) AS "rank",
                        "t72"."size",
                        "t72"."avg"
                      FROM (
                        SELECT
                          "t67"."industry",
                          "t67"."total",
                          "t67"."members",
                          COALESCE(
                            SUM("t67"."members") OVER (
                              PARTITION BY "t67"."industry"
                              ORDER BY "t67"."total" DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                            ),
                            0
                          ) + 1 AS "rank"
                        FROM (
                          SELECT
                            "t65"."industry",
                            "t65"."total",
                            COUNT(*) AS "members"
                          FROM "t60" AS "t65"
                          GROUP BY
                            1,
                            2
                        ) AS "t67"
                      ) AS "t77"
                      INNER JOIN (
                        SELECT
                          "t65"."industry",
                          COUNT(*) AS "size",
                          AVG(CAST("t65"."total" AS DOUBLE)) AS "avg"
                        FROM "t60" AS "t65"
                        GROUP BY
                          1
                      ) AS "t72"
                        ON "t77"."industry" = "t72"."industry"
                    ) AS "t81"
                  ) AS "t85"
                    ON "t61"."industry" = "t85"."stats_key" AND "t61"."total" = "t85"."stats_total"
                ) AS "t86"
              ) AS "t88"
              LEFT OUTER JOIN (
                SELECT
                  "t80"."team_id" AS "stats_key",
                  "t80"."total" AS "stats_total",
                  "t80"."rank" AS "team_rank",
                  "t80"."size" AS "team_size",
                  "t80"."avg" AS "team_avg"
                FROM (
                  SELECT
                    "t76"."team_id",
                    "t76"."total",
                    IF("t71"."size" >= 5, "t76"."rank", NULL) AS "rank",
                    "t71"."size",
                    "t71"."avg"
                  FROM (
                    SELECT
                      "t66"."team_id",
                      "t66"."total",
                      "t66"."members",
                      COALESCE(
                        SUM("t66"."members") OVER (
                          PARTITION BY "t66"."team_id"
                          ORDER BY "t66"."total" DESC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ),
                        0
                      ) + 1 AS "rank"
                    FROM (
                      SELECT
                        "t64"."team_id",
                        "t64"."total",
                        COUNT(*) AS "members"
                      FROM "t59" AS "t64"
                      GROUP BY
                        1,
                        2
                    ) AS "t66"
                  ) AS "t76"
                  INNER JOIN (
                    SELECT
                      "t64"."team_id",
                      COUNT(*) AS "size",
                      AVG(CAST("t64"."total" AS DOUBLE)) AS "avg"
                    FROM "t59" AS "t64"
                    GROUP BY
                      1
                  ) AS "t71"
                    ON "t76"."team_id" = "t71"."team_id"
                ) AS "t80"
              ) AS "t84"
                ON "t88"."team_id" = "t84"."stats_key" AND "t88"."total" = "t84"."stats_total"
            ) AS "t89"
          ) AS "t91"
          LEFT OUTER JOIN (
            SELECT
              "t73"."key",
              COUNT(*) AS "n_connected",
              COUNT(*) FILTER(WHERE
                "t73"."other" > "t73"."own") AS "n_above",
              SUM(CAST("t73"."other" AS DOUBLE)) AS "sum_connected"
            FROM (
              SELECT
                "t70"."end"."key" AS "key",
                "t70"."end"."own" AS "own",
                "t70"."end"."other" AS "other"
              FROM (
                SELECT
                  IF(_u.pos = _u_2.pos_2, _u_2."end") AS "end"
                FROM (
                  SELECT
                    "t0"."member_a" AS "a_id",
                    "t0"."member_b" AS "b_id"
                  FROM "connections" AS "t0"
                  WHERE
                    "t0"."connected_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                ) AS "t12"
                INNER JOIN (
                  SELECT
                    "t55"."member_id" AS "a_id",
                    CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" + (
                      "t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active"
                    ) + (
                      "t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups"
                    ) + (
                      "t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate"
                    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "a_total"
                  FROM "t54" AS "t55"
                ) AS "t62"
                  ON "t12"."a_id" = "t62"."a_id"
                INNER JOIN (
                  SELECT
                    "t55"."member_id" AS "b_id",
                    CAST(CAST("t55"."points__profile_completeness" + "t55"."points__rich_media" + "t55"."points__endorsements_received" + "t55"."points__posts_and_articles" + "t55"."points__engagement_received" + "t55"."points__followers_gained" + (
                      "t55"."points__searches" + "t55"."points__advanced_searches" + "t55"."points__profile_views_made" + "t55"."points__prospecting_views" + "t55"."points__inbound_profile_views" + "t55"."points__leads_and_accounts_saved" + "t55"."points__days_active"
                    ) + (
                      "t55"."points__shares_and_posts" + "t55"."points__engagement_given" + "t55"."points__messages_sent" + "t55"."points__response_rate" + "t55"."points__groups"
                    ) + (
                      "t55"."points__connections" + "t55"."points__decision_maker_connections" + "t55"."points__same_company_connections" + "t55"."points__acceptance_rate"
                    ) AS DOUBLE) / CAST(100.0 AS DOUBLE) AS DECIMAL(5, 2)) AS "b_total"
                  FROM "t54" AS "t55"
                ) AS "t63"
                  ON "t12"."b_id" = "t63"."b_id"
                CROSS JOIN UNNEST(SEQUENCE(
                  1,
                  GREATEST(
                    CARDINALITY(
                      ARRAY[TRY_CAST(ROW("t12"."a_id", "t62"."a_total", "t63"."b_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2))), TRY_CAST(ROW("t12"."b_id", "t63"."b_total", "t62"."a_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2)))]
                    )
                  )
                )) AS _u(pos)
                CROSS JOIN UNNEST(ARRAY[TRY_CAST(ROW("t12"."a_id", "t62"."a_total", "t63"."b_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2))), TRY_CAST(ROW("t12"."b_id", "t63"."b_total", "t62"."a_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2)))]) WITH ORDINALITY AS _u_2("end", pos_2)
                WHERE
                  _u.pos = _u_2.pos_2
                  OR (
                    _u.pos > CARDINALITY(
                      ARRAY[TRY_CAST(ROW("t12"."a_id", "t62"."a_total", "t63"."b_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2))), TRY_CAST(ROW("t12"."b_id", "t63"."b_total", "t62"."a_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2)))]
                    )
                    AND _u_2.pos_2 = CARDINALITY(
                      ARRAY[TRY_CAST(ROW("t12"."a_id", "t62"."a_total", "t63"."b_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2))), TRY_CAST(ROW("t12"."b_id", "t63"."b_total", "t62"."a_total") AS ROW("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2)))]
                    )
                  )
              ) AS "t70"
            ) AS "t73"
            GROUP BY
              1
          ) AS "t79"
            ON "t91"."member_id" = "t79"."key"
        ) AS "t92"
      ) AS "t93"
    ) AS "t94"
  ) AS "t95"
) AS "t96"
