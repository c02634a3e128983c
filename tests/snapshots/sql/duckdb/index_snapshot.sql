WITH "t54" AS (
  SELECT
    "t53"."member_id",
    "t53"."industry",
    "t53"."team_id",
    CAST("t53"."raw__profile_completeness" AS INT) AS "raw__profile_completeness",
    CAST("t53"."raw__rich_media" AS INT) AS "raw__rich_media",
    CAST("t53"."n__target__count__endorsement__180" AS INT) AS "raw__endorsements_received",
    CAST("t53"."n__actor__count__post-article__180" AS INT) AS "raw__posts_and_articles",
    CAST("t53"."n__target__count__reaction-comment-share__180" AS INT) AS "raw__engagement_received",
    CAST("t53"."n__target__count__follow__180" AS INT) AS "raw__followers_gained",
    CAST("t53"."n__actor__count__search__180" AS INT) AS "raw__searches",
    CAST("t53"."n__actor__count__advanced_search__180" AS INT) AS "raw__advanced_searches",
    CAST("t53"."n__actor__count__profile_view__180" AS INT) AS "raw__profile_views_made",
    CAST("t53"."n__prospecting__180" AS INT) AS "raw__prospecting_views",
    CAST("t53"."n__target__count__profile_view__180" AS INT) AS "raw__inbound_profile_views",
    CAST("t53"."n__actor__count__lead_saved-account_saved__180" AS INT) AS "raw__leads_and_accounts_saved",
    CAST("t53"."n__actor__distinct_days__any__180" AS INT) AS "raw__days_active",
    CAST("t53"."n__actor__count__share-post__180" AS INT) AS "raw__shares_and_posts",
    CAST("t53"."n__actor__count__comment-reaction__180" AS INT) AS "raw__engagement_given",
    CAST("t53"."n__actor__count__message_sent-inmail_sent__180" AS INT) AS "raw__messages_sent",
    CAST("t53"."n__actor__count__message_received__180" + "t53"."n__target__count__inmail_replied__180" AS INT) AS "raw__response_rate",
    CAST("t53"."n__actor__count__message_sent-inmail_sent__180" AS INT) AS "trials__response_rate",
    CAST("t53"."n__actor__count__group_joined-group_post__180" AS INT) AS "raw__groups",
    CAST("t53"."n__connections__all" AS INT) AS "raw__connections",
    CAST("t53"."n__connections__decision_makers" AS INT) AS "raw__decision_maker_connections",
    CAST("t53"."n__connections__same_company" AS INT) AS "raw__same_company_connections",
    CAST("t53"."n__accepted__180" AS INT) AS "raw__acceptance_rate",
    CAST("t53"."n__invited__180" AS INT) AS "trials__acceptance_rate",
    CAST(CAST(FLOOR((
      LEAST("t53"."raw__profile_completeness" / 7.0, 1.0) * 9.0 * 100.0
    ) + 0.5) AS BIGINT) AS SMALLINT) AS "points__profile_completeness",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."raw__rich_media" / 2.0
          ))
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__rich_media",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__target__count__endorsement__180" / 2.0
          ))
        ) * 2.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__endorsements_received",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__post-article__180" / 2.0
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__posts_and_articles",
    CAST(CAST(FLOOR(
      (
        LEAST(
          LN("t53"."n__target__count__reaction-comment-share__180" + 1.0) / 4.110873864173311,
          1.0
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__engagement_received",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__target__count__follow__180" / 1.25
          ))
        ) * 3.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__followers_gained",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__search__180" / 1.5
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__searches",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__advanced_search__180" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__advanced_searches",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__profile_view__180" / 2.0
          ))
        ) * 8.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__profile_views_made",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__prospecting__180" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__prospecting_views",
    CAST(CAST(FLOOR(
      (
        LEAST(LN("t53"."n__target__count__profile_view__180" + 1.0) / 2.1972245773362196, 1.0) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__inbound_profile_views",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__lead_saved-account_saved__180" / 1.5
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__leads_and_accounts_saved",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__distinct_days__any__180" / 4.0
          ))
        ) * 11.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__days_active",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__share-post__180" / 1.5
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__shares_and_posts",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__comment-reaction__180" / 2.0
          ))
        ) * 15.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__engagement_given",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__message_sent-inmail_sent__180" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__messages_sent",
    CAST(CAST(FLOOR(
      (
        CASE
          WHEN "t53"."n__actor__count__message_sent-inmail_sent__180" > 0
          THEN (
            LEAST(
              "t53"."n__actor__count__message_received__180" + "t53"."n__target__count__inmail_replied__180",
              "t53"."n__actor__count__message_sent-inmail_sent__180"
            ) + 2.0
          ) / (
            "t53"."n__actor__count__message_sent-inmail_sent__180" + 5.0
          )
          ELSE 0.0
        END * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__response_rate",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__actor__count__group_joined-group_post__180" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__groups",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__connections__all" / 50.0
          ))
        ) * 5.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__connections",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__connections__decision_makers" / 20.0
          ))
        ) * 9.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__decision_maker_connections",
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t53"."n__connections__same_company" / 35.0
          ))
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS "points__same_company_connections",
    CAST(CAST(FLOOR(
      (
        CASE
          WHEN "t53"."n__invited__180" > 0
          THEN (
            LEAST("t53"."n__accepted__180", "t53"."n__invited__180") + 2.5
          ) / (
            "t53"."n__invited__180" + 5.0
          )
          ELSE 0.0
        END * 5.5 * 100.0
      ) + 0.5
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
        "t51".*
        EXCLUDE ("key")
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
            "t48".*
            EXCLUDE ("key")
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
                "t45".*
                EXCLUDE ("key")
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
                    "t42".*
                    EXCLUDE ("key")
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
                        "t38".*
                        EXCLUDE ("key")
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
                            "t2"."joined_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
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
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('post', 'article')) AS "n__actor__count__post-article__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('search')) AS "n__actor__count__search__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('advanced_search')) AS "n__actor__count__advanced_search__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('profile_view')) AS "n__actor__count__profile_view__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('lead_saved', 'account_saved')) AS "n__actor__count__lead_saved-account_saved__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('share', 'post')) AS "n__actor__count__share-post__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('comment', 'reaction')) AS "n__actor__count__comment-reaction__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('message_sent', 'inmail_sent')) AS "n__actor__count__message_sent-inmail_sent__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('message_received')) AS "n__actor__count__message_received__180",
                              COUNT("t8"."event_id") FILTER(WHERE
                                (
                                  "t8"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                )
                                AND "t8"."event_type" IN ('group_joined', 'group_post')) AS "n__actor__count__group_joined-group_post__180"
                            FROM (
                              SELECT
                                *
                              FROM "activity" AS "t3"
                              WHERE
                                "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
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
                                CAST("t3"."occurred_at" AS DATE) AS "day"
                              FROM "activity" AS "t3"
                              WHERE
                                "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                                AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
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
                            "t11"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t11"."event_type" IN ('endorsement')) AS "n__target__count__endorsement__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t11"."event_type" IN ('reaction', 'comment', 'share')) AS "n__target__count__reaction-comment-share__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t11"."event_type" IN ('follow')) AS "n__target__count__follow__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t11"."event_type" IN ('profile_view')) AS "n__target__count__profile_view__180",
                        COUNT("t11"."event_id") FILTER(WHERE
                          (
                            "t11"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          )
                          AND "t11"."event_type" IN ('inmail_replied')) AS "n__target__count__inmail_replied__180"
                      FROM (
                        SELECT
                          *
                        FROM "activity" AS "t3"
                        WHERE
                          "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                          AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
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
                      "t23"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)) AS "n__prospecting__180"
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
                        AND "t3"."occurred_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
                        AND "t3"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                        AND "t3"."target_member_id" IS NOT NULL
                    ) AS "t17"
                    ANTI JOIN (
                      SELECT
                        "t0"."member_a" AS "low",
                        "t0"."member_b" AS "high"
                      FROM "connections" AS "t0"
                      WHERE
                        "t0"."connected_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                    ) AS "t14"
                      ON "t17"."low" = "t14"."low" AND "t17"."high" = "t14"."high"
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
                    UNNEST(
                      CAST([
                        {'key': "t13"."member_a", 'other_decides': "t19"."b_decides", 'same_company': COALESCE("t18"."a_company" = "t19"."b_company", FALSE)},
                        {'key': "t13"."member_b", 'other_decides': "t18"."a_decides", 'same_company': COALESCE("t18"."a_company" = "t19"."b_company", FALSE)}
                      ] AS STRUCT("key" BIGINT, "other_decides" BOOLEAN, "same_company" BOOLEAN)[])
                    ) AS "end"
                  FROM (
                    SELECT
                      "t0"."member_a",
                      "t0"."member_b"
                    FROM "connections" AS "t0"
                    WHERE
                      "t0"."connected_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
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
              "t7"."sent_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)) AS "n__invited__180",
            COUNT(*) FILTER(WHERE
              (
                "t7"."sent_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
              )
              AND (
                "t7"."accepted_at" IS NOT NULL
              )
              AND (
                "t7"."accepted_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
              )) AS "n__accepted__180"
          FROM (
            SELECT
              *
            FROM "invitations" AS "t1"
            WHERE
              "t1"."sent_at" >= MAKE_TIMESTAMP(2025, 10, 3, 0, 0, 0.0)
              AND "t1"."sent_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
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
    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "total"
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
    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "total"
  FROM "t54" AS "t55"
  WHERE
    "t55"."industry" IS NOT NULL
)
SELECT
  MAKE_DATE(2026, 3, 31) AS "as_of",
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
  CAST([
    "t96"."raw__profile_completeness",
    "t96"."raw__rich_media",
    "t96"."raw__endorsements_received",
    "t96"."raw__posts_and_articles",
    "t96"."raw__engagement_received",
    "t96"."raw__followers_gained",
    "t96"."raw__searches",
    "t96"."raw__advanced_searches",
    "t96"."raw__profile_views_made",
    "t96"."raw__prospecting_views",
    "t96"."raw__inbound_profile_views",
    "t96"."raw__leads_and_accounts_saved",
    "t96"."raw__days_active",
    "t96"."raw__shares_and_posts",
    "t96"."raw__engagement_given",
    "t96"."raw__messages_sent",
    "t96"."raw__response_rate",
    "t96"."raw__groups",
    "t96"."raw__connections",
    "t96"."raw__decision_maker_connections",
    "t96"."raw__same_company_connections",
    "t96"."raw__acceptance_rate"
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
    "t96"."trials__response_rate",
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    "t96"."trials__acceptance_rate"
  ] AS DOUBLE[]) AS "signal_trials",
  CAST([
    CAST(CAST(CAST(FLOOR((
      LEAST("t96"."raw__profile_completeness" / 7.0, 1.0) * 9.0 * 100.0
    ) + 0.5) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__rich_media" / 2.0
          ))
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__endorsements_received" / 2.0
          ))
        ) * 2.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__posts_and_articles" / 2.0
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        LEAST(LN("t96"."raw__engagement_received" + 1.0) / 4.110873864173311, 1.0) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__followers_gained" / 1.25
          ))
        ) * 3.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__searches" / 1.5
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__advanced_searches" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__profile_views_made" / 2.0
          ))
        ) * 8.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__prospecting_views" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        LEAST(LN("t96"."raw__inbound_profile_views" + 1.0) / 2.1972245773362196, 1.0) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__leads_and_accounts_saved" / 1.5
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__days_active" / 4.0
          ))
        ) * 11.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__shares_and_posts" / 1.5
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__engagement_given" / 2.0
          ))
        ) * 15.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__messages_sent" / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        CASE
          WHEN "t96"."trials__response_rate" > 0
          THEN (
            LEAST("t96"."raw__response_rate", "t96"."trials__response_rate") + 2.0
          ) / (
            "t96"."trials__response_rate" + 5.0
          )
          ELSE 0.0
        END * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__groups" / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__connections" / 50.0
          ))
        ) * 5.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__decision_maker_connections" / 20.0
          ))
        ) * 9.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            "t96"."raw__same_company_connections" / 35.0
          ))
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        CASE
          WHEN "t96"."trials__acceptance_rate" > 0
          THEN (
            LEAST("t96"."raw__acceptance_rate", "t96"."trials__acceptance_rate") + 2.5
          ) / (
            "t96"."trials__acceptance_rate" + 5.0
          )
          ELSE 0.0
        END * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2))
  ] AS DECIMAL(4, 2)[]) AS "signal_points"
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
      "t94".*
      EXCLUDE ("n_above", "n_connected", "sum_connected")
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
        CASE
          WHEN (
            COALESCE("t93"."n_connected", 0) + 1
          ) >= 5
          THEN COALESCE("t93"."n_above", 0) + 1
          ELSE NULL
        END AS "network_rank",
        COALESCE("t93"."n_connected", 0) + 1 AS "network_size",
        (
          CAST("t93"."total" AS DOUBLE) + COALESCE("t93"."sum_connected", 0.0)
        ) / (
          COALESCE("t93"."n_connected", 0) + 1
        ) AS "network_avg"
      FROM (
        SELECT
          "t92".*
          EXCLUDE ("key")
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
              "t89".*
              EXCLUDE ("stats_key", "stats_total")
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
                  "t86".*
                  EXCLUDE ("stats_key", "stats_total")
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
                      ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "total"
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
                        CASE WHEN "t72"."size" >= 5 THEN "t77"."rank" ELSE NULL END AS "rank",
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
                    CASE WHEN "t71"."size" >= 5 THEN "t76"."rank" ELSE NULL END AS "rank",
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
                  UNNEST(
                    CAST([
                      {'key': "t12"."a_id", 'own': "t62"."a_total", 'other': "t63"."b_total"},
                      {'key': "t12"."b_id", 'own': "t63"."b_total", 'other': "t62"."a_total"}
                    ] AS STRUCT("key" BIGINT, "own" DECIMAL(5, 2), "other" DECIMAL(5, 2))[])
                  ) AS "end"
                FROM (
                  SELECT
                    "t0"."member_a" AS "a_id",
                    "t0"."member_b" AS "b_id"
                  FROM "connections" AS "t0"
                  WHERE
                    "t0"."connected_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
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
                    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "a_total"
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
                    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS "b_total"
                  FROM "t54" AS "t55"
                ) AS "t63"
                  ON "t12"."b_id" = "t63"."b_id"
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
