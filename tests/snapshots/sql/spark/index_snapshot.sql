WITH `t52` AS (
  SELECT
    `t51`.`member_id`,
    `t51`.`industry`,
    `t51`.`team_id`,
    CAST(`t51`.`raw__profile_completeness` AS INT) AS `raw__profile_completeness`,
    CAST(`t51`.`raw__rich_media` AS INT) AS `raw__rich_media`,
    CAST(`t51`.`n__target__count__endorsement__180` AS INT) AS `raw__endorsements_received`,
    CAST(`t51`.`n__actor__count__post-article__180` AS INT) AS `raw__posts_and_articles`,
    CAST(`t51`.`n__target__count__reaction-comment-share__180` AS INT) AS `raw__engagement_received`,
    CAST(`t51`.`n__target__count__follow__180` AS INT) AS `raw__followers_gained`,
    CAST(`t51`.`n__actor__count__search__180` AS INT) AS `raw__searches`,
    CAST(`t51`.`n__actor__count__advanced_search__180` AS INT) AS `raw__advanced_searches`,
    CAST(`t51`.`n__actor__count__profile_view__180` AS INT) AS `raw__profile_views_made`,
    CAST(`t51`.`n__prospecting__180` AS INT) AS `raw__prospecting_views`,
    CAST(`t51`.`n__target__count__profile_view__180` AS INT) AS `raw__inbound_profile_views`,
    CAST(`t51`.`n__actor__count__lead_saved-account_saved__180` AS INT) AS `raw__leads_and_accounts_saved`,
    CAST(`t51`.`n__actor__distinct_days__any__180` AS INT) AS `raw__days_active`,
    CAST(`t51`.`n__actor__count__share-post__180` AS INT) AS `raw__shares_and_posts`,
    CAST(`t51`.`n__actor__count__comment-reaction__180` AS INT) AS `raw__engagement_given`,
    CAST(`t51`.`n__actor__count__message_sent-inmail_sent__180` AS INT) AS `raw__messages_sent`,
    CAST(`t51`.`n__actor__count__message_received__180` + `t51`.`n__target__count__inmail_replied__180` AS INT) AS `raw__response_rate`,
    CAST(`t51`.`n__actor__count__message_sent-inmail_sent__180` AS INT) AS `trials__response_rate`,
    CAST(`t51`.`n__actor__count__group_joined-group_post__180` AS INT) AS `raw__groups`,
    CAST(`t51`.`n__connections__all` AS INT) AS `raw__connections`,
    CAST(`t51`.`n__connections__decision_makers` AS INT) AS `raw__decision_maker_connections`,
    CAST(`t51`.`n__connections__same_company` AS INT) AS `raw__same_company_connections`,
    CAST(`t51`.`n__accepted__180` AS INT) AS `raw__acceptance_rate`,
    CAST(`t51`.`n__invited__180` AS INT) AS `trials__acceptance_rate`,
    CAST(CAST(FLOOR((
      LEAST(`t51`.`raw__profile_completeness` / 7.0, 1.0) * 9.0 * 100.0
    ) + 0.5) AS BIGINT) AS SMALLINT) AS `points__profile_completeness`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`raw__rich_media` / 2.0
          ))
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__rich_media`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__target__count__endorsement__180` / 2.0
          ))
        ) * 2.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__endorsements_received`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__post-article__180` / 2.0
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__posts_and_articles`,
    CAST(CAST(FLOOR(
      (
        LEAST(
          LN(`t51`.`n__target__count__reaction-comment-share__180` + 1.0) / 4.110873864173311,
          1.0
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__engagement_received`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__target__count__follow__180` / 1.25
          ))
        ) * 3.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__followers_gained`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__search__180` / 1.5
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__searches`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__advanced_search__180` / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__advanced_searches`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__profile_view__180` / 2.0
          ))
        ) * 8.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__profile_views_made`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__prospecting__180` / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__prospecting_views`,
    CAST(CAST(FLOOR(
      (
        LEAST(LN(`t51`.`n__target__count__profile_view__180` + 1.0) / 2.1972245773362196, 1.0) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__inbound_profile_views`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__lead_saved-account_saved__180` / 1.5
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__leads_and_accounts_saved`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__distinct_days__any__180` / 4.0
          ))
        ) * 11.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__days_active`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__share-post__180` / 1.5
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__shares_and_posts`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__comment-reaction__180` / 2.0
          ))
        ) * 15.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__engagement_given`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__message_sent-inmail_sent__180` / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__messages_sent`,
    CAST(CAST(FLOOR(
      (
        IF(
          `t51`.`n__actor__count__message_sent-inmail_sent__180` > 0,
          (
            LEAST(
              `t51`.`n__actor__count__message_received__180` + `t51`.`n__target__count__inmail_replied__180`,
              `t51`.`n__actor__count__message_sent-inmail_sent__180`
            ) + 2.0
          ) / (
            `t51`.`n__actor__count__message_sent-inmail_sent__180` + 5.0
          ),
          0.0
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__response_rate`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__actor__count__group_joined-group_post__180` / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__groups`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__connections__all` / 50.0
          ))
        ) * 5.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__connections`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__connections__decision_makers` / 20.0
          ))
        ) * 9.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__decision_maker_connections`,
    CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t51`.`n__connections__same_company` / 35.0
          ))
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__same_company_connections`,
    CAST(CAST(FLOOR(
      (
        IF(
          `t51`.`n__invited__180` > 0,
          (
            LEAST(`t51`.`n__accepted__180`, `t51`.`n__invited__180`) + 2.5
          ) / (
            `t51`.`n__invited__180` + 5.0
          ),
          0.0
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS SMALLINT) AS `points__acceptance_rate`
  FROM (
    SELECT
      `t50`.`member_id`,
      `t50`.`industry`,
      `t50`.`team_id`,
      `t50`.`raw__profile_completeness`,
      `t50`.`raw__rich_media`,
      CAST(COALESCE(`t50`.`n__actor__count__post-article__180`, 0) AS DOUBLE) AS `n__actor__count__post-article__180`,
      CAST(COALESCE(`t50`.`n__actor__count__search__180`, 0) AS DOUBLE) AS `n__actor__count__search__180`,
      CAST(COALESCE(`t50`.`n__actor__count__advanced_search__180`, 0) AS DOUBLE) AS `n__actor__count__advanced_search__180`,
      CAST(COALESCE(`t50`.`n__actor__count__profile_view__180`, 0) AS DOUBLE) AS `n__actor__count__profile_view__180`,
      CAST(COALESCE(`t50`.`n__actor__count__lead_saved-account_saved__180`, 0) AS DOUBLE) AS `n__actor__count__lead_saved-account_saved__180`,
      CAST(COALESCE(`t50`.`n__actor__count__share-post__180`, 0) AS DOUBLE) AS `n__actor__count__share-post__180`,
      CAST(COALESCE(`t50`.`n__actor__count__comment-reaction__180`, 0) AS DOUBLE) AS `n__actor__count__comment-reaction__180`,
      CAST(COALESCE(`t50`.`n__actor__count__message_sent-inmail_sent__180`, 0) AS DOUBLE) AS `n__actor__count__message_sent-inmail_sent__180`,
      CAST(COALESCE(`t50`.`n__actor__count__message_received__180`, 0) AS DOUBLE) AS `n__actor__count__message_received__180`,
      CAST(COALESCE(`t50`.`n__actor__count__group_joined-group_post__180`, 0) AS DOUBLE) AS `n__actor__count__group_joined-group_post__180`,
      CAST(COALESCE(`t50`.`n__actor__distinct_days__any__180`, 0) AS DOUBLE) AS `n__actor__distinct_days__any__180`,
      CAST(COALESCE(`t50`.`n__target__count__endorsement__180`, 0) AS DOUBLE) AS `n__target__count__endorsement__180`,
      CAST(COALESCE(`t50`.`n__target__count__reaction-comment-share__180`, 0) AS DOUBLE) AS `n__target__count__reaction-comment-share__180`,
      CAST(COALESCE(`t50`.`n__target__count__follow__180`, 0) AS DOUBLE) AS `n__target__count__follow__180`,
      CAST(COALESCE(`t50`.`n__target__count__profile_view__180`, 0) AS DOUBLE) AS `n__target__count__profile_view__180`,
      CAST(COALESCE(`t50`.`n__target__count__inmail_replied__180`, 0) AS DOUBLE) AS `n__target__count__inmail_replied__180`,
      CAST(COALESCE(`t50`.`n__prospecting__180`, 0) AS DOUBLE) AS `n__prospecting__180`,
      CAST(COALESCE(`t50`.`n__connections__all`, 0) AS DOUBLE) AS `n__connections__all`,
      CAST(COALESCE(`t50`.`n__connections__decision_makers`, 0) AS DOUBLE) AS `n__connections__decision_makers`,
      CAST(COALESCE(`t50`.`n__connections__same_company`, 0) AS DOUBLE) AS `n__connections__same_company`,
      CAST(COALESCE(`t50`.`n__invited__180`, 0) AS DOUBLE) AS `n__invited__180`,
      CAST(COALESCE(`t50`.`n__accepted__180`, 0) AS DOUBLE) AS `n__accepted__180`
    FROM (
      SELECT
        `t49`.`member_id`,
        `t49`.`industry`,
        `t49`.`team_id`,
        `t49`.`raw__profile_completeness`,
        `t49`.`raw__rich_media`,
        `t49`.`n__actor__count__post-article__180`,
        `t49`.`n__actor__count__search__180`,
        `t49`.`n__actor__count__advanced_search__180`,
        `t49`.`n__actor__count__profile_view__180`,
        `t49`.`n__actor__count__lead_saved-account_saved__180`,
        `t49`.`n__actor__count__share-post__180`,
        `t49`.`n__actor__count__comment-reaction__180`,
        `t49`.`n__actor__count__message_sent-inmail_sent__180`,
        `t49`.`n__actor__count__message_received__180`,
        `t49`.`n__actor__count__group_joined-group_post__180`,
        `t49`.`n__actor__distinct_days__any__180`,
        `t49`.`n__target__count__endorsement__180`,
        `t49`.`n__target__count__reaction-comment-share__180`,
        `t49`.`n__target__count__follow__180`,
        `t49`.`n__target__count__profile_view__180`,
        `t49`.`n__target__count__inmail_replied__180`,
        `t49`.`n__prospecting__180`,
        `t49`.`n__connections__all`,
        `t49`.`n__connections__decision_makers`,
        `t49`.`n__connections__same_company`,
        `t49`.`n__invited__180`,
        `t49`.`n__accepted__180`
      FROM (
        SELECT
          `t48`.`member_id`,
          `t48`.`industry`,
          `t48`.`team_id`,
          `t48`.`raw__profile_completeness`,
          `t48`.`raw__rich_media`,
          `t48`.`n__actor__count__post-article__180`,
          `t48`.`n__actor__count__search__180`,
          `t48`.`n__actor__count__advanced_search__180`,
          `t48`.`n__actor__count__profile_view__180`,
          `t48`.`n__actor__count__lead_saved-account_saved__180`,
          `t48`.`n__actor__count__share-post__180`,
          `t48`.`n__actor__count__comment-reaction__180`,
          `t48`.`n__actor__count__message_sent-inmail_sent__180`,
          `t48`.`n__actor__count__message_received__180`,
          `t48`.`n__actor__count__group_joined-group_post__180`,
          `t48`.`n__actor__distinct_days__any__180`,
          `t48`.`n__target__count__endorsement__180`,
          `t48`.`n__target__count__reaction-comment-share__180`,
          `t48`.`n__target__count__follow__180`,
          `t48`.`n__target__count__profile_view__180`,
          `t48`.`n__target__count__inmail_replied__180`,
          `t48`.`n__prospecting__180`,
          `t48`.`n__connections__all`,
          `t48`.`n__connections__decision_makers`,
          `t48`.`n__connections__same_company`,
          `t23`.`key`,
          `t23`.`n__invited__180`,
          `t23`.`n__accepted__180`
        FROM (
          SELECT
            `t46`.`member_id`,
            `t46`.`industry`,
            `t46`.`team_id`,
            `t46`.`raw__profile_completeness`,
            `t46`.`raw__rich_media`,
            `t46`.`n__actor__count__post-article__180`,
            `t46`.`n__actor__count__search__180`,
            `t46`.`n__actor__count__advanced_search__180`,
            `t46`.`n__actor__count__profile_view__180`,
            `t46`.`n__actor__count__lead_saved-account_saved__180`,
            `t46`.`n__actor__count__share-post__180`,
            `t46`.`n__actor__count__comment-reaction__180`,
            `t46`.`n__actor__count__message_sent-inmail_sent__180`,
            `t46`.`n__actor__count__message_received__180`,
            `t46`.`n__actor__count__group_joined-group_post__180`,
            `t46`.`n__actor__distinct_days__any__180`,
            `t46`.`n__target__count__endorsement__180`,
            `t46`.`n__target__count__reaction-comment-share__180`,
            `t46`.`n__target__count__follow__180`,
            `t46`.`n__target__count__profile_view__180`,
            `t46`.`n__target__count__inmail_replied__180`,
            `t46`.`n__prospecting__180`,
            `t46`.`n__connections__all`,
            `t46`.`n__connections__decision_makers`,
            `t46`.`n__connections__same_company`
          FROM (
            SELECT
              `t45`.`member_id`,
              `t45`.`industry`,
              `t45`.`team_id`,
              `t45`.`raw__profile_completeness`,
              `t45`.`raw__rich_media`,
              `t45`.`n__actor__count__post-article__180`,
              `t45`.`n__actor__count__search__180`,
              `t45`.`n__actor__count__advanced_search__180`,
              `t45`.`n__actor__count__profile_view__180`,
              `t45`.`n__actor__count__lead_saved-account_saved__180`,
              `t45`.`n__actor__count__share-post__180`,
              `t45`.`n__actor__count__comment-reaction__180`,
              `t45`.`n__actor__count__message_sent-inmail_sent__180`,
              `t45`.`n__actor__count__message_received__180`,
              `t45`.`n__actor__count__group_joined-group_post__180`,
              `t45`.`n__actor__distinct_days__any__180`,
              `t45`.`n__target__count__endorsement__180`,
              `t45`.`n__target__count__reaction-comment-share__180`,
              `t45`.`n__target__count__follow__180`,
              `t45`.`n__target__count__profile_view__180`,
              `t45`.`n__target__count__inmail_replied__180`,
              `t45`.`n__prospecting__180`,
              `t34`.`key`,
              `t34`.`n__connections__all`,
              `t34`.`n__connections__decision_makers`,
              `t34`.`n__connections__same_company`
            FROM (
              SELECT
                `t43`.`member_id`,
                `t43`.`industry`,
                `t43`.`team_id`,
                `t43`.`raw__profile_completeness`,
                `t43`.`raw__rich_media`,
                `t43`.`n__actor__count__post-article__180`,
                `t43`.`n__actor__count__search__180`,
                `t43`.`n__actor__count__advanced_search__180`,
                `t43`.`n__actor__count__profile_view__180`,
                `t43`.`n__actor__count__lead_saved-account_saved__180`,
                `t43`.`n__actor__count__share-post__180`,
                `t43`.`n__actor__count__comment-reaction__180`,
                `t43`.`n__actor__count__message_sent-inmail_sent__180`,
                `t43`.`n__actor__count__message_received__180`,
                `t43`.`n__actor__count__group_joined-group_post__180`,
                `t43`.`n__actor__distinct_days__any__180`,
                `t43`.`n__target__count__endorsement__180`,
                `t43`.`n__target__count__reaction-comment-share__180`,
                `t43`.`n__target__count__follow__180`,
                `t43`.`n__target__count__profile_view__180`,
                `t43`.`n__target__count__inmail_replied__180`,
                `t43`.`n__prospecting__180`
              FROM (
                SELECT
                  `t42`.`member_id`,
                  `t42`.`industry`,
                  `t42`.`team_id`,
                  `t42`.`raw__profile_completeness`,
                  `t42`.`raw__rich_media`,
                  `t42`.`n__actor__count__post-article__180`,
                  `t42`.`n__actor__count__search__180`,
                  `t42`.`n__actor__count__advanced_search__180`,
                  `t42`.`n__actor__count__profile_view__180`,
                  `t42`.`n__actor__count__lead_saved-account_saved__180`,
                  `t42`.`n__actor__count__share-post__180`,
                  `t42`.`n__actor__count__comment-reaction__180`,
                  `t42`.`n__actor__count__message_sent-inmail_sent__180`,
                  `t42`.`n__actor__count__message_received__180`,
                  `t42`.`n__actor__count__group_joined-group_post__180`,
                  `t42`.`n__actor__distinct_days__any__180`,
                  `t42`.`n__target__count__endorsement__180`,
                  `t42`.`n__target__count__reaction-comment-share__180`,
                  `t42`.`n__target__count__follow__180`,
                  `t42`.`n__target__count__profile_view__180`,
                  `t42`.`n__target__count__inmail_replied__180`,
                  `t30`.`key`,
                  `t30`.`n__prospecting__180`
                FROM (
                  SELECT
                    `t40`.`member_id`,
                    `t40`.`industry`,
                    `t40`.`team_id`,
                    `t40`.`raw__profile_completeness`,
                    `t40`.`raw__rich_media`,
                    `t40`.`n__actor__count__post-article__180`,
                    `t40`.`n__actor__count__search__180`,
                    `t40`.`n__actor__count__advanced_search__180`,
                    `t40`.`n__actor__count__profile_view__180`,
                    `t40`.`n__actor__count__lead_saved-account_saved__180`,
                    `t40`.`n__actor__count__share-post__180`,
                    `t40`.`n__actor__count__comment-reaction__180`,
                    `t40`.`n__actor__count__message_sent-inmail_sent__180`,
                    `t40`.`n__actor__count__message_received__180`,
                    `t40`.`n__actor__count__group_joined-group_post__180`,
                    `t40`.`n__actor__distinct_days__any__180`,
                    `t40`.`n__target__count__endorsement__180`,
                    `t40`.`n__target__count__reaction-comment-share__180`,
                    `t40`.`n__target__count__follow__180`,
                    `t40`.`n__target__count__profile_view__180`,
                    `t40`.`n__target__count__inmail_replied__180`
                  FROM (
                    SELECT
                      `t39`.`member_id`,
                      `t39`.`industry`,
                      `t39`.`team_id`,
                      `t39`.`raw__profile_completeness`,
                      `t39`.`raw__rich_media`,
                      `t39`.`n__actor__count__post-article__180`,
                      `t39`.`n__actor__count__search__180`,
                      `t39`.`n__actor__count__advanced_search__180`,
                      `t39`.`n__actor__count__profile_view__180`,
                      `t39`.`n__actor__count__lead_saved-account_saved__180`,
                      `t39`.`n__actor__count__share-post__180`,
                      `t39`.`n__actor__count__comment-reaction__180`,
                      `t39`.`n__actor__count__message_sent-inmail_sent__180`,
                      `t39`.`n__actor__count__message_received__180`,
                      `t39`.`n__actor__count__group_joined-group_post__180`,
                      `t39`.`n__actor__distinct_days__any__180`,
                      `t24`.`key`,
                      `t24`.`n__target__count__endorsement__180`,
                      `t24`.`n__target__count__reaction-comment-share__180`,
                      `t24`.`n__target__count__follow__180`,
                      `t24`.`n__target__count__profile_view__180`,
                      `t24`.`n__target__count__inmail_replied__180`
                    FROM (
                      SELECT
                        `t37`.`member_id`,
                        `t37`.`industry`,
                        `t37`.`team_id`,
                        `t37`.`raw__profile_completeness`,
                        `t37`.`raw__rich_media`,
                        `t37`.`n__actor__count__post-article__180`,
                        `t37`.`n__actor__count__search__180`,
                        `t37`.`n__actor__count__advanced_search__180`,
                        `t37`.`n__actor__count__profile_view__180`,
                        `t37`.`n__actor__count__lead_saved-account_saved__180`,
                        `t37`.`n__actor__count__share-post__180`,
                        `t37`.`n__actor__count__comment-reaction__180`,
                        `t37`.`n__actor__count__message_sent-inmail_sent__180`,
                        `t37`.`n__actor__count__message_received__180`,
                        `t37`.`n__actor__count__group_joined-group_post__180`,
                        `t37`.`n__actor__distinct_days__any__180`
                      FROM (
                        SELECT
                          `t28`.`member_id`,
                          `t28`.`industry`,
                          `t28`.`team_id`,
                          `t28`.`raw__profile_completeness`,
                          `t28`.`raw__rich_media`,
                          `t36`.`key`,
                          `t36`.`n__actor__count__post-article__180`,
                          `t36`.`n__actor__count__search__180`,
                          `t36`.`n__actor__count__advanced_search__180`,
                          `t36`.`n__actor__count__profile_view__180`,
                          `t36`.`n__actor__count__lead_saved-account_saved__180`,
                          `t36`.`n__actor__count__share-post__180`,
                          `t36`.`n__actor__count__comment-reaction__180`,
                          `t36`.`n__actor__count__message_sent-inmail_sent__180`,
                          `t36`.`n__actor__count__message_received__180`,
                          `t36`.`n__actor__count__group_joined-group_post__180`,
                          `t36`.`n__actor__distinct_days__any__180`
                        FROM (
                          SELECT
                            `t2`.`member_id`,
                            `t2`.`industry`,
                            `t2`.`team_id`,
                            CAST(CAST(COALESCE(`t2`.`has_photo`, FALSE) AS BIGINT) + CAST(COALESCE(`t2`.`has_headline`, FALSE) AS BIGINT) + CAST(COALESCE(`t2`.`has_summary`, FALSE) AS BIGINT) + CAST(COALESCE(`t2`.`experience_count`, 0) >= 1 AS BIGINT) + CAST(COALESCE(`t2`.`education_count`, 0) >= 1 AS BIGINT) + CAST(COALESCE(`t2`.`skills_count`, 0) >= 5 AS BIGINT) + CAST(COALESCE(`t2`.`recommendations_count`, 0) >= 1 AS BIGINT) AS DOUBLE) AS `raw__profile_completeness`,
                            CAST(COALESCE(`t2`.`rich_media_count`, 0) AS DOUBLE) AS `raw__rich_media`
                          FROM `members` AS `t2`
                          WHERE
                            `t2`.`joined_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                        ) AS `t28`
                        LEFT OUTER JOIN (
                          SELECT
                            `t33`.`key`,
                            `t33`.`n__actor__count__post-article__180`,
                            `t33`.`n__actor__count__search__180`,
                            `t33`.`n__actor__count__advanced_search__180`,
                            `t33`.`n__actor__count__profile_view__180`,
                            `t33`.`n__actor__count__lead_saved-account_saved__180`,
                            `t33`.`n__actor__count__share-post__180`,
                            `t33`.`n__actor__count__comment-reaction__180`,
                            `t33`.`n__actor__count__message_sent-inmail_sent__180`,
                            `t33`.`n__actor__count__message_received__180`,
                            `t33`.`n__actor__count__group_joined-group_post__180`,
                            `t33`.`n__actor__distinct_days__any__180`
                          FROM (
                            SELECT
                              `t26`.`key`,
                              `t26`.`n__actor__count__post-article__180`,
                              `t26`.`n__actor__count__search__180`,
                              `t26`.`n__actor__count__advanced_search__180`,
                              `t26`.`n__actor__count__profile_view__180`,
                              `t26`.`n__actor__count__lead_saved-account_saved__180`,
                              `t26`.`n__actor__count__share-post__180`,
                              `t26`.`n__actor__count__comment-reaction__180`,
                              `t26`.`n__actor__count__message_sent-inmail_sent__180`,
                              `t26`.`n__actor__count__message_received__180`,
                              `t26`.`n__actor__count__group_joined-group_post__180`,
                              `t26`.`day_bit__n__actor__distinct_days__any__180__0`,
                              `t26`.`day_bit__n__actor__distinct_days__any__180__60`,
                              `t26`.`day_bit__n__actor__distinct_days__any__180__120`,
                              COALESCE(
                                CAST(BIT_COUNT(`t26`.`day_bit__n__actor__distinct_days__any__180__0`) AS BIGINT),
                                0
                              ) + COALESCE(
                                CAST(BIT_COUNT(`t26`.`day_bit__n__actor__distinct_days__any__180__60`) AS BIGINT),
                                0
                              ) + COALESCE(
                                CAST(BIT_COUNT(`t26`.`day_bit__n__actor__distinct_days__any__180__120`) AS BIGINT),
                                0
                              ) AS `n__actor__distinct_days__any__180`
                            FROM (
                              SELECT
                                `t18`.`member_id` AS `key`,
                                COUNT(IF(`t18`.`event_type` IN ('post', 'article'), `t18`.`event_id`, NULL)) AS `n__actor__count__post-article__180`,
                                COUNT(IF(`t18`.`event_type` IN ('search'), `t18`.`event_id`, NULL)) AS `n__actor__count__search__180`,
                                COUNT(IF(`t18`.`event_type` IN ('advanced_search'), `t18`.`event_id`, NULL)) AS `n__actor__count__advanced_search__180`,
                                COUNT(IF(`t18`.`event_type` IN ('profile_view'), `t18`.`event_id`, NULL)) AS `n__actor__count__profile_view__180`,
                                COUNT(
                                  IF(`t18`.`event_type` IN ('lead_saved', 'account_saved'), `t18`.`event_id`, NULL)
                                ) AS `n__actor__count__lead_saved-account_saved__180`,
                                COUNT(IF(`t18`.`event_type` IN ('share', 'post'), `t18`.`event_id`, NULL)) AS `n__actor__count__share-post__180`,
                                COUNT(IF(`t18`.`event_type` IN ('comment', 'reaction'), `t18`.`event_id`, NULL)) AS `n__actor__count__comment-reaction__180`,
                                COUNT(
                                  IF(`t18`.`event_type` IN ('message_sent', 'inmail_sent'), `t18`.`event_id`, NULL)
                                ) AS `n__actor__count__message_sent-inmail_sent__180`,
                                COUNT(IF(`t18`.`event_type` IN ('message_received'), `t18`.`event_id`, NULL)) AS `n__actor__count__message_received__180`,
                                COUNT(IF(`t18`.`event_type` IN ('group_joined', 'group_post'), `t18`.`event_id`, NULL)) AS `n__actor__count__group_joined-group_post__180`,
                                BIT_OR(`t18`.`day_bit__n__actor__distinct_days__any__180__0`) AS `day_bit__n__actor__distinct_days__any__180__0`,
                                BIT_OR(`t18`.`day_bit__n__actor__distinct_days__any__180__60`) AS `day_bit__n__actor__distinct_days__any__180__60`,
                                BIT_OR(`t18`.`day_bit__n__actor__distinct_days__any__180__120`) AS `day_bit__n__actor__distinct_days__any__180__120`
                              FROM (
                                SELECT
                                  `t3`.`event_id`,
                                  `t3`.`member_id`,
                                  `t3`.`event_type`,
                                  `t3`.`occurred_at`,
                                  `t3`.`target_member_id`,
                                  `t3`.`content_id`,
                                  `t3`.`value`,
                                  IF(
                                    DATEDIFF(DAY, CAST(`t3`.`occurred_at` AS DATE), MAKE_DATE(2026, 3, 31)) BETWEEN 0 AND 59,
                                    SHIFTLEFT(
                                      CAST(1 AS BIGINT),
                                      (
                                        DATEDIFF(DAY, CAST(`t3`.`occurred_at` AS DATE), MAKE_DATE(2026, 3, 31)) % 60
                                      )
                                    ),
                                    NULL
                                  ) AS `day_bit__n__actor__distinct_days__any__180__0`,
                                  IF(
                                    DATEDIFF(DAY, CAST(`t3`.`occurred_at` AS DATE), MAKE_DATE(2026, 3, 31)) BETWEEN 60 AND 119,
                                    SHIFTLEFT(
                                      CAST(1 AS BIGINT),
                                      (
                                        DATEDIFF(DAY, CAST(`t3`.`occurred_at` AS DATE), MAKE_DATE(2026, 3, 31)) % 60
                                      )
                                    ),
                                    NULL
                                  ) AS `day_bit__n__actor__distinct_days__any__180__60`,
                                  IF(
                                    DATEDIFF(DAY, CAST(`t3`.`occurred_at` AS DATE), MAKE_DATE(2026, 3, 31)) BETWEEN 120 AND 179,
                                    SHIFTLEFT(
                                      CAST(1 AS BIGINT),
                                      (
                                        DATEDIFF(DAY, CAST(`t3`.`occurred_at` AS DATE), MAKE_DATE(2026, 3, 31)) % 60
                                      )
                                    ),
                                    NULL
                                  ) AS `day_bit__n__actor__distinct_days__any__180__120`
                                FROM `activity` AS `t3`
                                WHERE
                                  `t3`.`occurred_at` >= CAST('2025-10-03T00:00:00' AS TIMESTAMP)
                                  AND `t3`.`occurred_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                              ) AS `t18`
                              GROUP BY
                                1
                            ) AS `t26`
                          ) AS `t33`
                        ) AS `t36`
                          ON `t28`.`member_id` = `t36`.`key`
                      ) AS `t37`
                    ) AS `t39`
                    LEFT OUTER JOIN (
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t9`.`target_member_id` AS `key`,
                          COUNT(IF(`t9`.`event_type` IN ('endorsement'), `t9`.`event_id`, NULL)) AS `n__target__count__endorsement__180`,
                          COUNT(IF(`t9`.`event_type` IN ('reaction', 'comment', 'share'), `t9`.`event_id`, NULL)) AS `n__target__count__reaction-comment-share__180`,
                          COUNT(IF(`t9`.`event_type` IN ('follow'), `t9`.`event_id`, NULL)) AS `n__target__count__follow__180`,
                          COUNT(IF(`t9`.`event_type` IN ('profile_view'), `t9`.`event_id`, NULL)) AS `n__target__count__profile_view__180`,
                          COUNT(IF(`t9`.`event_type` IN ('inmail_replied'), `t9`.`event_id`, NULL)) AS `n__target__count__inmail_replied__180`
                        FROM (
                          SELECT
                            *
                          FROM `activity` AS `t3`
                          WHERE
                            `t3`.`occurred_at` >= CAST('2025-10-03T00:00:00' AS TIMESTAMP)
                            AND `t3`.`occurred_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                            AND `t3`.`target_member_id` IS NOT NULL
                        ) AS `t9`
                        GROUP BY
                          1
                      ) AS `t19`
                    ) AS `t24`
                      ON `t39`.`member_id` = `t24`.`key`
                  ) AS `t40`
                ) AS `t42`
                LEFT OUTER JOIN (
                  SELECT
                    `t20`.`member_id` AS `key`,
                    COUNT(
                      IF(
                        `t20`.`occurred_at` >= CAST('2025-10-03T00:00:00' AS TIMESTAMP),
                        `t20`.`event_id`,
                        NULL
                      )
                    ) AS `n__prospecting__180`
                  FROM (
                    SELECT
                      `t15`.`event_id`,
                      `t15`.`member_id`,
                      `t15`.`event_type`,
                      `t15`.`occurred_at`,
                      `t15`.`target_member_id`,
                      `t15`.`content_id`,
                      `t15`.`value`,
                      `t15`.`low`,
                      `t15`.`high`
                    FROM (
                      SELECT
                        `t3`.`event_id`,
                        `t3`.`member_id`,
                        `t3`.`event_type`,
                        `t3`.`occurred_at`,
                        `t3`.`target_member_id`,
                        `t3`.`content_id`,
                        `t3`.`value`,
                        LEAST(`t3`.`member_id`, `t3`.`target_member_id`) AS `low`,
                        GREATEST(`t3`.`member_id`, `t3`.`target_member_id`) AS `high`
                      FROM `activity` AS `t3`
                      WHERE
                        `t3`.`event_type` = 'profile_view'
                        AND `t3`.`occurred_at` >= CAST('2025-10-03T00:00:00' AS TIMESTAMP)
                        AND `t3`.`occurred_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                        AND `t3`.`target_member_id` IS NOT NULL
                    ) AS `t15`
                    LEFT ANTI JOIN (
                      SELECT
                        `t0`.`member_a` AS `low`,
                        `t0`.`member_b` AS `high`
                      FROM `connections` AS `t0`
                      WHERE
                        `t0`.`connected_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                    ) AS `t12`
                      ON `t15`.`low` = `t12`.`low` AND `t15`.`high` = `t12`.`high`
                  ) AS `t20`
                  GROUP BY
                    1
                ) AS `t30`
                  ON `t42`.`member_id` = `t30`.`key`
              ) AS `t43`
            ) AS `t45`
            LEFT OUTER JOIN (
              SELECT
                `t31`.`key`,
                COUNT(*) AS `n__connections__all`,
                SUM(CAST(`t31`.`other_decides` AS BIGINT)) AS `n__connections__decision_makers`,
                SUM(CAST(`t31`.`same_company` AS BIGINT)) AS `n__connections__same_company`
              FROM (
                SELECT
                  `t27`.`end`.`key` AS `key`,
                  `t27`.`end`.`other_decides` AS `other_decides`,
                  `t27`.`end`.`same_company` AS `same_company`
                FROM (
                  SELECT
                    EXPLODE(
                      ARRAY(
                        STRUCT(
                          `t11`.`member_a` AS `key`,
                          `t17`.`b_decides` AS `other_decides`,
                          COALESCE(`t16`.`a_company` = `t17`.`b_company`, FALSE) AS `same_company`
                        ),
                        STRUCT(
                          `t11`.`member_b` AS `key`,
                          `t16`.`a_decides` AS `other_decides`,
                          COALESCE(`t16`.`a_company` = `t17`.`b_company`, FALSE) AS `same_company`
                        )
                      )
                    ) AS `end`
                  FROM (
                    SELECT
                      `t0`.`member_a`,
                      `t0`.`member_b`
                    FROM `connections` AS `t0`
                    WHERE
                      `t0`.`connected_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                  ) AS `t11`
                  INNER JOIN (
                    SELECT
                      `t2`.`member_id` AS `a_id`,
                      COALESCE(`t2`.`seniority` IN ('vp', 'cxo'), FALSE) AS `a_decides`,
                      `t2`.`company_id` AS `a_company`
                    FROM `members` AS `t2`
                  ) AS `t16`
                    ON `t11`.`member_a` = `t16`.`a_id`
                  INNER JOIN (
                    SELECT
                      `t2`.`member_id` AS `b_id`,
                      COALESCE(`t2`.`seniority` IN ('vp', 'cxo'), FALSE) AS `b_decides`,
                      `t2`.`company_id` AS `b_company`
                    FROM `members` AS `t2`
                  ) AS `t17`
                    ON `t11`.`member_b` = `t17`.`b_id`
                ) AS `t27`
              ) AS `t31`
              GROUP BY
                1
            ) AS `t34`
              ON `t45`.`member_id` = `t34`.`key`
          ) AS `t46`
        ) AS `t48`
        LEFT OUTER JOIN (
          SELECT
            `t7`.`sender_id` AS `key`,
            SUM(CAST(`t7`.`sent_at` >= CAST('2025-10-03T00:00:00' AS TIMESTAMP) AS BIGINT)) AS `n__invited__180`,
            SUM(
              CAST((
                `t7`.`sent_at` >= CAST('2025-10-03T00:00:00' AS TIMESTAMP)
              )
              AND (
                `t7`.`accepted_at` IS NOT NULL
              )
              AND (
                `t7`.`accepted_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
              ) AS BIGINT)
            ) AS `n__accepted__180`
          FROM (
            SELECT
              *
            FROM `invitations` AS `t1`
            WHERE
              `t1`.`sent_at` >= CAST('2025-10-03T00:00:00' AS TIMESTAMP)
              AND `t1`.`sent_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
          ) AS `t7`
          GROUP BY
            1
        ) AS `t23`
          ON `t48`.`member_id` = `t23`.`key`
      ) AS `t49`
    ) AS `t50`
  ) AS `t51`
), `t57` AS (
  SELECT
    `t53`.`team_id`,
    CAST(CAST(`t53`.`points__profile_completeness` + `t53`.`points__rich_media` + `t53`.`points__endorsements_received` + `t53`.`points__posts_and_articles` + `t53`.`points__engagement_received` + `t53`.`points__followers_gained` + (
      `t53`.`points__searches` + `t53`.`points__advanced_searches` + `t53`.`points__profile_views_made` + `t53`.`points__prospecting_views` + `t53`.`points__inbound_profile_views` + `t53`.`points__leads_and_accounts_saved` + `t53`.`points__days_active`
    ) + (
      `t53`.`points__shares_and_posts` + `t53`.`points__engagement_given` + `t53`.`points__messages_sent` + `t53`.`points__response_rate` + `t53`.`points__groups`
    ) + (
      `t53`.`points__connections` + `t53`.`points__decision_maker_connections` + `t53`.`points__same_company_connections` + `t53`.`points__acceptance_rate`
    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `total`
  FROM `t52` AS `t53`
  WHERE
    `t53`.`team_id` IS NOT NULL
), `t58` AS (
  SELECT
    `t53`.`industry`,
    CAST(CAST(`t53`.`points__profile_completeness` + `t53`.`points__rich_media` + `t53`.`points__endorsements_received` + `t53`.`points__posts_and_articles` + `t53`.`points__engagement_received` + `t53`.`points__followers_gained` + (
      `t53`.`points__searches` + `t53`.`points__advanced_searches` + `t53`.`points__profile_views_made` + `t53`.`points__prospecting_views` + `t53`.`points__inbound_profile_views` + `t53`.`points__leads_and_accounts_saved` + `t53`.`points__days_active`
    ) + (
      `t53`.`points__shares_and_posts` + `t53`.`points__engagement_given` + `t53`.`points__messages_sent` + `t53`.`points__response_rate` + `t53`.`points__groups`
    ) + (
      `t53`.`points__connections` + `t53`.`points__decision_maker_connections` + `t53`.`points__same_company_connections` + `t53`.`points__acceptance_rate`
    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `total`
  FROM `t52` AS `t53`
  WHERE
    `t53`.`industry` IS NOT NULL
)
SELECT
  MAKE_DATE(2026, 3, 31) AS `as_of`,
  `t94`.`member_id`,
  '1.2.0' AS `model_version`,
  `t94`.`industry`,
  `t94`.`team_id`,
  `t94`.`brand`,
  `t94`.`find`,
  `t94`.`engage`,
  `t94`.`relationships`,
  `t94`.`total`,
  `t94`.`industry_rank`,
  `t94`.`industry_size`,
  `t94`.`industry_avg`,
  `t94`.`network_rank`,
  `t94`.`network_size`,
  `t94`.`network_avg`,
  `t94`.`team_rank`,
  `t94`.`team_size`,
  `t94`.`team_avg`,
  ARRAY(
    `t94`.`raw__profile_completeness`,
    `t94`.`raw__rich_media`,
    `t94`.`raw__endorsements_received`,
    `t94`.`raw__posts_and_articles`,
    `t94`.`raw__engagement_received`,
    `t94`.`raw__followers_gained`,
    `t94`.`raw__searches`,
    `t94`.`raw__advanced_searches`,
    `t94`.`raw__profile_views_made`,
    `t94`.`raw__prospecting_views`,
    `t94`.`raw__inbound_profile_views`,
    `t94`.`raw__leads_and_accounts_saved`,
    `t94`.`raw__days_active`,
    `t94`.`raw__shares_and_posts`,
    `t94`.`raw__engagement_given`,
    `t94`.`raw__messages_sent`,
    `t94`.`raw__response_rate`,
    `t94`.`raw__groups`,
    `t94`.`raw__connections`,
    `t94`.`raw__decision_maker_connections`,
    `t94`.`raw__same_company_connections`,
    `t94`.`raw__acceptance_rate`
  ) AS `signal_raw`,
  ARRAY(
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
    `t94`.`trials__response_rate`,
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    `t94`.`trials__acceptance_rate`
  ) AS `signal_trials`,
  ARRAY(
    CAST(CAST(CAST(FLOOR((
      LEAST(`t94`.`raw__profile_completeness` / 7.0, 1.0) * 9.0 * 100.0
    ) + 0.5) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__rich_media` / 2.0
          ))
        ) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__endorsements_received` / 2.0
          ))
        ) * 2.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__posts_and_articles` / 2.0
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        LEAST(LN(`t94`.`raw__engagement_received` + 1.0) / 4.110873864173311, 1.0) * 2.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__followers_gained` / 1.25
          ))
        ) * 3.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__searches` / 1.5
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__advanced_searches` / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__profile_views_made` / 2.0
          ))
        ) * 8.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__prospecting_views` / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        LEAST(LN(`t94`.`raw__inbound_profile_views` + 1.0) / 2.1972245773362196, 1.0) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__leads_and_accounts_saved` / 1.5
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__days_active` / 4.0
          ))
        ) * 11.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__shares_and_posts` / 1.5
          ))
        ) * 6.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__engagement_given` / 2.0
          ))
        ) * 15.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__messages_sent` / 2.0
          ))
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        IF(
          `t94`.`trials__response_rate` > 0,
          (
            LEAST(`t94`.`raw__response_rate`, `t94`.`trials__response_rate`) + 2.0
          ) / (
            `t94`.`trials__response_rate` + 5.0
          ),
          0.0
        ) * 1.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__groups` / 1.25
          ))
        ) * 1.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__connections` / 50.0
          ))
        ) * 5.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__decision_maker_connections` / 20.0
          ))
        ) * 9.0 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        (
          1.0 - EXP(-(
            `t94`.`raw__same_company_connections` / 35.0
          ))
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2)),
    CAST(CAST(CAST(FLOOR(
      (
        IF(
          `t94`.`trials__acceptance_rate` > 0,
          (
            LEAST(`t94`.`raw__acceptance_rate`, `t94`.`trials__acceptance_rate`) + 2.5
          ) / (
            `t94`.`trials__acceptance_rate` + 5.0
          ),
          0.0
        ) * 5.5 * 100.0
      ) + 0.5
    ) AS BIGINT) AS DOUBLE) / 100.0 AS DECIMAL(4, 2))
  ) AS `signal_points`
FROM (
  SELECT
    `t93`.`member_id`,
    `t93`.`industry`,
    `t93`.`team_id`,
    CAST(`t93`.`raw__profile_completeness` AS DOUBLE) AS `raw__profile_completeness`,
    CAST(`t93`.`raw__rich_media` AS DOUBLE) AS `raw__rich_media`,
    CAST(`t93`.`raw__endorsements_received` AS DOUBLE) AS `raw__endorsements_received`,
    CAST(`t93`.`raw__posts_and_articles` AS DOUBLE) AS `raw__posts_and_articles`,
    CAST(`t93`.`raw__engagement_received` AS DOUBLE) AS `raw__engagement_received`,
    CAST(`t93`.`raw__followers_gained` AS DOUBLE) AS `raw__followers_gained`,
    CAST(`t93`.`raw__searches` AS DOUBLE) AS `raw__searches`,
    CAST(`t93`.`raw__advanced_searches` AS DOUBLE) AS `raw__advanced_searches`,
    CAST(`t93`.`raw__profile_views_made` AS DOUBLE) AS `raw__profile_views_made`,
    CAST(`t93`.`raw__prospecting_views` AS DOUBLE) AS `raw__prospecting_views`,
    CAST(`t93`.`raw__inbound_profile_views` AS DOUBLE) AS `raw__inbound_profile_views`,
    CAST(`t93`.`raw__leads_and_accounts_saved` AS DOUBLE) AS `raw__leads_and_accounts_saved`,
    CAST(`t93`.`raw__days_active` AS DOUBLE) AS `raw__days_active`,
    CAST(`t93`.`raw__shares_and_posts` AS DOUBLE) AS `raw__shares_and_posts`,
    CAST(`t93`.`raw__engagement_given` AS DOUBLE) AS `raw__engagement_given`,
    CAST(`t93`.`raw__messages_sent` AS DOUBLE) AS `raw__messages_sent`,
    CAST(`t93`.`raw__response_rate` AS DOUBLE) AS `raw__response_rate`,
    CAST(`t93`.`raw__groups` AS DOUBLE) AS `raw__groups`,
    CAST(`t93`.`raw__connections` AS DOUBLE) AS `raw__connections`,
    CAST(`t93`.`raw__decision_maker_connections` AS DOUBLE) AS `raw__decision_maker_connections`,
    CAST(`t93`.`raw__same_company_connections` AS DOUBLE) AS `raw__same_company_connections`,
    CAST(`t93`.`raw__acceptance_rate` AS DOUBLE) AS `raw__acceptance_rate`,
    CAST(`t93`.`trials__response_rate` AS DOUBLE) AS `trials__response_rate`,
    CAST(`t93`.`trials__acceptance_rate` AS DOUBLE) AS `trials__acceptance_rate`,
    `t93`.`brand`,
    `t93`.`find`,
    `t93`.`engage`,
    `t93`.`relationships`,
    `t93`.`total`,
    `t93`.`industry_rank`,
    `t93`.`industry_size`,
    `t93`.`industry_avg`,
    `t93`.`team_rank`,
    `t93`.`team_size`,
    `t93`.`team_avg`,
    `t93`.`network_rank`,
    `t93`.`network_size`,
    `t93`.`network_avg`
  FROM (
    SELECT
      `t92`.`member_id`,
      `t92`.`industry`,
      `t92`.`team_id`,
      `t92`.`raw__profile_completeness`,
      `t92`.`raw__rich_media`,
      `t92`.`raw__endorsements_received`,
      `t92`.`raw__posts_and_articles`,
      `t92`.`raw__engagement_received`,
      `t92`.`raw__followers_gained`,
      `t92`.`raw__searches`,
      `t92`.`raw__advanced_searches`,
      `t92`.`raw__profile_views_made`,
      `t92`.`raw__prospecting_views`,
      `t92`.`raw__inbound_profile_views`,
      `t92`.`raw__leads_and_accounts_saved`,
      `t92`.`raw__days_active`,
      `t92`.`raw__shares_and_posts`,
      `t92`.`raw__engagement_given`,
      `t92`.`raw__messages_sent`,
      `t92`.`raw__response_rate`,
      `t92`.`raw__groups`,
      `t92`.`raw__connections`,
      `t92`.`raw__decision_maker_connections`,
      `t92`.`raw__same_company_connections`,
      `t92`.`raw__acceptance_rate`,
      `t92`.`trials__response_rate`,
      `t92`.`trials__acceptance_rate`,
      `t92`.`brand`,
      `t92`.`find`,
      `t92`.`engage`,
      `t92`.`relationships`,
      `t92`.`total`,
      `t92`.`industry_rank`,
      `t92`.`industry_size`,
      `t92`.`industry_avg`,
      `t92`.`team_rank`,
      `t92`.`team_size`,
      `t92`.`team_avg`,
      `t92`.`network_rank`,
      `t92`.`network_size`,
      `t92`.`network_avg`
    FROM (
      SELECT
        `t91`.`member_id`,
        `t91`.`industry`,
        `t91`.`team_id`,
        `t91`.`raw__profile_completeness`,
        `t91`.`raw__rich_media`,
        `t91`.`raw__endorsements_received`,
        `t91`.`raw__posts_and_articles`,
        `t91`.`raw__engagement_received`,
        `t91`.`raw__followers_gained`,
        `t91`.`raw__searches`,
        `t91`.`raw__advanced_searches`,
        `t91`.`raw__profile_views_made`,
        `t91`.`raw__prospecting_views`,
        `t91`.`raw__inbound_profile_views`,
        `t91`.`raw__leads_and_accounts_saved`,
        `t91`.`raw__days_active`,
        `t91`.`raw__shares_and_posts`,
        `t91`.`raw__engagement_given`,
        `t91`.`raw__messages_sent`,
        `t91`.`raw__response_rate`,
        `t91`.`raw__groups`,
        `t91`.`raw__connections`,
        `t91`.`raw__decision_maker_connections`,
        `t91`.`raw__same_company_connections`,
        `t91`.`raw__acceptance_rate`,
        `t91`.`trials__response_rate`,
        `t91`.`trials__acceptance_rate`,
        `t91`.`brand`,
        `t91`.`find`,
        `t91`.`engage`,
        `t91`.`relationships`,
        `t91`.`total`,
        `t91`.`industry_rank`,
        `t91`.`industry_size`,
        `t91`.`industry_avg`,
        `t91`.`team_rank`,
        `t91`.`team_size`,
        `t91`.`team_avg`,
        `t91`.`n_connected`,
        `t91`.`n_above`,
        `t91`.`sum_connected`,
        IF(
          (
            COALESCE(`t91`.`n_connected`, 0) + 1
          ) >= 5,
          COALESCE(`t91`.`n_above`, 0) + 1,
          NULL
        ) AS `network_rank`,
        COALESCE(`t91`.`n_connected`, 0) + 1 AS `network_size`,
        (
          CAST(`t91`.`total` AS DOUBLE) + COALESCE(`t91`.`sum_connected`, 0.0)
        ) / (
          COALESCE(`t91`.`n_connected`, 0) + 1
        ) AS `network_avg`
      FROM (
        SELECT
          `t90`.`member_id`,
          `t90`.`industry`,
          `t90`.`team_id`,
          `t90`.`raw__profile_completeness`,
          `t90`.`raw__rich_media`,
          `t90`.`raw__endorsements_received`,
          `t90`.`raw__posts_and_articles`,
          `t90`.`raw__engagement_received`,
          `t90`.`raw__followers_gained`,
          `t90`.`raw__searches`,
          `t90`.`raw__advanced_searches`,
          `t90`.`raw__profile_views_made`,
          `t90`.`raw__prospecting_views`,
          `t90`.`raw__inbound_profile_views`,
          `t90`.`raw__leads_and_accounts_saved`,
          `t90`.`raw__days_active`,
          `t90`.`raw__shares_and_posts`,
          `t90`.`raw__engagement_given`,
          `t90`.`raw__messages_sent`,
          `t90`.`raw__response_rate`,
          `t90`.`raw__groups`,
          `t90`.`raw__connections`,
          `t90`.`raw__decision_maker_connections`,
          `t90`.`raw__same_company_connections`,
          `t90`.`raw__acceptance_rate`,
          `t90`.`trials__response_rate`,
          `t90`.`trials__acceptance_rate`,
          `t90`.`brand`,
          `t90`.`find`,
          `t90`.`engage`,
          `t90`.`relationships`,
          `t90`.`total`,
          `t90`.`industry_rank`,
          `t90`.`industry_size`,
          `t90`.`industry_avg`,
          `t90`.`team_rank`,
          `t90`.`team_size`,
          `t90`.`team_avg`,
          `t90`.`n_connected`,
          `t90`.`n_above`,
          `t90`.`sum_connected`
        FROM (
          SELECT
            `t89`.`member_id`,
            `t89`.`industry`,
            `t89`.`team_id`,
            `t89`.`raw__profile_completeness`,
            `t89`.`raw__rich_media`,
            `t89`.`raw__endorsements_received`,
            `t89`.`raw__posts_and_articles`,
            `t89`.`raw__engagement_received`,
            `t89`.`raw__followers_gained`,
            `t89`.`raw__searches`,
            `t89`.`raw__advanced_searches`,
            `t89`.`raw__profile_views_made`,
            `t89`.`raw__prospecting_views`,
            `t89`.`raw__inbound_profile_views`,
            `t89`.`raw__leads_and_accounts_saved`,
            `t89`.`raw__days_active`,
            `t89`.`raw__shares_and_posts`,
            `t89`.`raw__engagement_given`,
            `t89`.`raw__messages_sent`,
            `t89`.`raw__response_rate`,
            `t89`.`raw__groups`,
            `t89`.`raw__connections`,
            `t89`.`raw__decision_maker_connections`,
            `t89`.`raw__same_company_connections`,
            `t89`.`raw__acceptance_rate`,
            `t89`.`trials__response_rate`,
            `t89`.`trials__acceptance_rate`,
            `t89`.`brand`,
            `t89`.`find`,
            `t89`.`engage`,
            `t89`.`relationships`,
            `t89`.`total`,
            `t89`.`industry_rank`,
            `t89`.`industry_size`,
            `t89`.`industry_avg`,
            `t89`.`team_rank`,
            `t89`.`team_size`,
            `t89`.`team_avg`,
            `t77`.`key`,
            `t77`.`n_connected`,
            `t77`.`n_above`,
            `t77`.`sum_connected`
          FROM (
            SELECT
              `t87`.`member_id`,
              `t87`.`industry`,
              `t87`.`team_id`,
              `t87`.`raw__profile_completeness`,
              `t87`.`raw__rich_media`,
              `t87`.`raw__endorsements_received`,
              `t87`.`raw__posts_and_articles`,
              `t87`.`raw__engagement_received`,
              `t87`.`raw__followers_gained`,
              `t87`.`raw__searches`,
              `t87`.`raw__advanced_searches`,
              `t87`.`raw__profile_views_made`,
              `t87`.`raw__prospecting_views`,
              `t87`.`raw__inbound_profile_views`,
              `t87`.`raw__leads_and_accounts_saved`,
              `t87`.`raw__days_active`,
              `t87`.`raw__shares_and_posts`,
              `t87`.`raw__engagement_given`,
              `t87`.`raw__messages_sent`,
              `t87`.`raw__response_rate`,
              `t87`.`raw__groups`,
              `t87`.`raw__connections`,
              `t87`.`raw__decision_maker_connections`,
              `t87`.`raw__same_company_connections`,
              `t87`.`raw__acceptance_rate`,
              `t87`.`trials__response_rate`,
              `t87`.`trials__acceptance_rate`,
              `t87`.`brand`,
              `t87`.`find`,
              `t87`.`engage`,
              `t87`.`relationships`,
              `t87`.`total`,
              `t87`.`industry_rank`,
              `t87`.`industry_size`,
              `t87`.`industry_avg`,
              `t87`.`team_rank`,
              `t87`.`team_size`,
              `t87`.`team_avg`
            FROM (
              SELECT
                `t86`.`member_id`,
                `t86`.`industry`,
                `t86`.`team_id`,
                `t86`.`raw__profile_completeness`,
                `t86`.`raw__rich_media`,
                `t86`.`raw__endorsements_received`,
                `t86`.`raw__posts_and_articles`,
                `t86`.`raw__engagement_received`,
                `t86`.`raw__followers_gained`,
                `t86`.`raw__searches`,
                `t86`.`raw__advanced_searches`,
                `t86`.`raw__profile_views_made`,
                `t86`.`raw__prospecting_views`,
                `t86`.`raw__inbound_profile_views`,
                `t86`.`raw__leads_and_accounts_saved`,
                `t86`.`raw__days_active`,
                `t86`.`raw__shares_and_posts`,
                `t86`.`raw__engagement_given`,
                `t86`.`raw__messages_sent`,
                `t86`.`raw__response_rate`,
                `t86`.`raw__groups`,
                `t86`.`raw__connections`,
                `t86`.`raw__decision_maker_connections`,
                `t86`.`raw__same_company_connections`,
                `t86`.`raw__acceptance_rate`,
                `t86`.`trials__response_rate`,
                `t86`.`trials__acceptance_rate`,
                `t86`.`brand`,
                `t86`.`find`,
                `t86`.`engage`,
                `t86`.`relationships`,
                `t86`.`total`,
                `t86`.`industry_rank`,
                `t86`.`industry_size`,
                `t86`.`industry_avg`,
                `t82`.`stats_key`,
                `t82`.`stats_total`,
                `t82`.`team_rank`,
                `t82`.`team_size`,
                `t82`.`team_avg`
              FROM (
                SELECT
                  `t84`.`member_id`,
                  `t84`.`industry`,
                  `t84`.`team_id`,
                  `t84`.`raw__profile_completeness`,
                  `t84`.`raw__rich_media`,
                  `t84`.`raw__endorsements_received`,
                  `t84`.`raw__posts_and_articles`,
                  `t84`.`raw__engagement_received`,
                  `t84`.`raw__followers_gained`,
                  `t84`.`raw__searches`,
                  `t84`.`raw__advanced_searches`,
                  `t84`.`raw__profile_views_made`,
                  `t84`.`raw__prospecting_views`,
                  `t84`.`raw__inbound_profile_views`,
                  `t84`.`raw__leads_and_accounts_saved`,
                  `t84`.`raw__days_active`,
                  `t84`.`raw__shares_and_posts`,
                  `t84`.`raw__engagement_given`,
                  `t84`.`raw__messages_sent`,
                  `t84`.`raw__response_rate`,
                  `t84`.`raw__groups`,
                  `t84`.`raw__connections`,
                  `t84`.`raw__decision_maker_connections`,
                  `t84`.`raw__same_company_connections`,
                  `t84`.`raw__acceptance_rate`,
                  `t84`.`trials__response_rate`,
                  `t84`.`trials__acceptance_rate`,
                  `t84`.`brand`,
                  `t84`.`find`,
                  `t84`.`engage`,
                  `t84`.`relationships`,
                  `t84`.`total`,
                  `t84`.`industry_rank`,
                  `t84`.`industry_size`,
                  `t84`.`industry_avg`
                FROM (
                  SELECT
                    `t59`.`member_id`,
                    `t59`.`industry`,
                    `t59`.`team_id`,
                    `t59`.`raw__profile_completeness`,
                    `t59`.`raw__rich_media`,
                    `t59`.`raw__endorsements_received`,
                    `t59`.`raw__posts_and_articles`,
                    `t59`.`raw__engagement_received`,
                    `t59`.`raw__followers_gained`,
                    `t59`.`raw__searches`,
                    `t59`.`raw__advanced_searches`,
                    `t59`.`raw__profile_views_made`,
                    `t59`.`raw__prospecting_views`,
                    `t59`.`raw__inbound_profile_views`,
                    `t59`.`raw__leads_and_accounts_saved`,
                    `t59`.`raw__days_active`,
                    `t59`.`raw__shares_and_posts`,
                    `t59`.`raw__engagement_given`,
                    `t59`.`raw__messages_sent`,
                    `t59`.`raw__response_rate`,
                    `t59`.`raw__groups`,
                    `t59`.`raw__connections`,
                    `t59`.`raw__decision_maker_connections`,
                    `t59`.`raw__same_company_connections`,
                    `t59`.`raw__acceptance_rate`,
                    `t59`.`trials__response_rate`,
                    `t59`.`trials__acceptance_rate`,
                    `t59`.`brand`,
                    `t59`.`find`,
                    `t59`.`engage`,
                    `t59`.`relationships`,
                    `t59`.`total`,
                    `t83`.`stats_key`,
                    `t83`.`stats_total`,
                    `t83`.`industry_rank`,
                    `t83`.`industry_size`,
                    `t83`.`industry_avg`
                  FROM (
                    SELECT
                      `t53`.`member_id`,
                      `t53`.`industry`,
                      `t53`.`team_id`,
                      `t53`.`raw__profile_completeness`,
                      `t53`.`raw__rich_media`,
                      `t53`.`raw__endorsements_received`,
                      `t53`.`raw__posts_and_articles`,
                      `t53`.`raw__engagement_received`,
                      `t53`.`raw__followers_gained`,
                      `t53`.`raw__searches`,
                      `t53`.`raw__advanced_searches`,
                      `t53`.`raw__profile_views_made`,
                      `t53`.`raw__prospecting_views`,
                      `t53`.`raw__inbound_profile_views`,
                      `t53`.`raw__leads_and_accounts_saved`,
                      `t53`.`raw__days_active`,
                      `t53`.`raw__shares_and_posts`,
                      `t53`.`raw__engagement_given`,
                      `t53`.`raw__messages_sent`,
                      `t53`.`raw__response_rate`,
                      `t53`.`raw__groups`,
                      `t53`.`raw__connections`,
                      `t53`.`raw__decision_maker_connections`,
                      `t53`.`raw__same_company_connections`,
                      `t53`.`raw__acceptance_rate`,
                      `t53`.`trials__response_rate`,
                      `t53`.`trials__acceptance_rate`,
                      CAST(CAST(`t53`.`points__profile_completeness` + `t53`.`points__rich_media` + `t53`.`points__endorsements_received` + `t53`.`points__posts_and_articles` + `t53`.`points__engagement_received` + `t53`.`points__followers_gained` AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `brand`,
                      CAST(CAST(`t53`.`points__searches` + `t53`.`points__advanced_searches` + `t53`.`points__profile_views_made` + `t53`.`points__prospecting_views` + `t53`.`points__inbound_profile_views` + `t53`.`points__leads_and_accounts_saved` + `t53`.`points__days_active` AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `find`,
                      CAST(CAST(`t53`.`points__shares_and_posts` + `t53`.`points__engagement_given` + `t53`.`points__messages_sent` + `t53`.`points__response_rate` + `t53`.`points__groups` AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `engage`,
                      CAST(CAST(`t53`.`points__connections` + `t53`.`points__decision_maker_connections` + `t53`.`points__same_company_connections` + `t53`.`points__acceptance_rate` AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `relationships`,
                      CAST(CAST(`t53`.`points__profile_completeness` + `t53`.`points__rich_media` + `t53`.`points__endorsements_received` + `t53`.`points__posts_and_articles` + `t53`.`points__engagement_received` + `t53`.`points__followers_gained` + (
                        `t53`.`points__searches` + `t53`.`points__advanced_searches` + `t53`.`points__profile_views_made` + `t53`.`points__prospecting_views` + `t53`.`points__inbound_profile_views` + `t53`.`points__leads_and_accounts_saved` + `t53`.`points__days_active`
                      ) + (
                        `t53`.`points__shares_and_posts` + `t53`.`points__engagement_given` + `t53`.`points__messages_sent` + `t53`.`points__response_rate` + `t53`.`points__groups`
                      ) + (
                        `t53`.`points__connections` + `t53`.`points__decision_maker_connections` + `t53`.`points__same_company_connections` + `t53`.`points__acceptance_rate`
                      ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `total`
                    FROM `t52` AS `t53`
                  ) AS `t59`
                  LEFT OUTER JOIN (
                    SELECT
                      `t79`.`industry` AS `stats_key`,
                      `t79`.`total` AS `stats_total`,
                      `t79`.`rank` AS `industry_rank`,
                      `t79`.`size` AS `industry_size`,
                      `t79`.`avg` AS `industry_avg`
                    FROM (
                      SELECT
                        `t75`.`industry`,
                        `t75`.`total`,
                        IF(`t70`.`size` >= 5, `t75`.`rank`, NULL) AS `rank`,
                        `t70`.`size`,
                        `t70`.`avg`
                      FROM (
                        SELECT
                          `t65`.`industry`,
                          `t65`.`total`,
                          `t65`.`members`,
                          COALESCE(
                            SUM(`t65`.`members`) OVER (
                              PARTITION BY `t65`.`industry`
                              ORDER BY `t65`.`total` DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
                            ),
                            0
                          ) + 1 AS `rank`
                        FROM (
                          SELECT
                            `t63`.`industry`,
                            `t63`.`total`,
                            COUNT(*) AS `members`
                          FROM `t58` AS `t63`
                          GROUP BY
                            1,
                            2
                        ) AS `t65`
                      ) AS `t75`
                      INNER JOIN (
                        SELECT
                          `t63`.`industry`,
                          COUNT(*) AS `size`,
                          AVG(CAST(`t63`.`total` AS DOUBLE)) AS `avg`
                        FROM `t58` AS `t63`
                        GROUP BY
                          1
                      ) AS `t70`
                        ON `t75`.`industry` = `t70`.`industry`
                    ) AS `t79`
                  ) AS `t83`
                    ON `t59`.`industry` = `t83`.`stats_key` AND `t59`.`total` = `t83`.`stats_total`
                ) AS `t84`
              ) AS `t86`
              LEFT OUTER JOIN (
                SELECT
                  `t78`.`team_id` AS `stats_key`,
                  `t78`.`total` AS `stats_total`,
                  `t78`.`rank` AS `team_rank`,
                  `t78`.`size` AS `team_size`,
                  `t78`.`avg` AS `team_avg`
                FROM (
                  SELECT
                    `t74`.`team_id`,
                    `t74`.`total`,
                    IF(`t69`.`size` >= 5, `t74`.`rank`, NULL) AS `rank`,
                    `t69`.`size`,
                    `t69`.`avg`
                  FROM (
                    SELECT
                      `t64`.`team_id`,
                      `t64`.`total`,
                      `t64`.`members`,
                      COALESCE(
                        SUM(`t64`.`members`) OVER (
                          PARTITION BY `t64`.`team_id`
                          ORDER BY `t64`.`total` DESC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
                        ),
                        0
                      ) + 1 AS `rank`
                    FROM (
                      SELECT
                        `t62`.`team_id`,
                        `t62`.`total`,
                        COUNT(*) AS `members`
                      FROM `t57` AS `t62`
                      GROUP BY
                        1,
                        2
                    ) AS `t64`
                  ) AS `t74`
                  INNER JOIN (
                    SELECT
                      `t62`.`team_id`,
                      COUNT(*) AS `size`,
                      AVG(CAST(`t62`.`total` AS DOUBLE)) AS `avg`
                    FROM `t57` AS `t62`
                    GROUP BY
                      1
                  ) AS `t69`
                    ON `t74`.`team_id` = `t69`.`team_id`
                ) AS `t78`
              ) AS `t82`
                ON `t86`.`team_id` = `t82`.`stats_key` AND `t86`.`total` = `t82`.`stats_total`
            ) AS `t87`
          ) AS `t89`
          LEFT OUTER JOIN (
            SELECT
              `t71`.`key`,
              COUNT(*) AS `n_connected`,
              SUM(CAST(`t71`.`other` > `t71`.`own` AS BIGINT)) AS `n_above`,
              SUM(CAST(`t71`.`other` AS DOUBLE)) AS `sum_connected`
            FROM (
              SELECT
                `t68`.`end`.`key` AS `key`,
                `t68`.`end`.`own` AS `own`,
                `t68`.`end`.`other` AS `other`
              FROM (
                SELECT
                  EXPLODE(
                    ARRAY(
                      STRUCT(`t10`.`a_id` AS `key`, `t60`.`a_total` AS `own`, `t61`.`b_total` AS `other`),
                      STRUCT(`t10`.`b_id` AS `key`, `t61`.`b_total` AS `own`, `t60`.`a_total` AS `other`)
                    )
                  ) AS `end`
                FROM (
                  SELECT
                    `t0`.`member_a` AS `a_id`,
                    `t0`.`member_b` AS `b_id`
                  FROM `connections` AS `t0`
                  WHERE
                    `t0`.`connected_at` < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                ) AS `t10`
                INNER JOIN (
                  SELECT
                    `t53`.`member_id` AS `a_id`,
                    CAST(CAST(`t53`.`points__profile_completeness` + `t53`.`points__rich_media` + `t53`.`points__endorsements_received` + `t53`.`points__posts_and_articles` + `t53`.`points__engagement_received` + `t53`.`points__followers_gained` + (
                      `t53`.`points__searches` + `t53`.`points__advanced_searches` + `t53`.`points__profile_views_made` + `t53`.`points__prospecting_views` + `t53`.`points__inbound_profile_views` + `t53`.`points__leads_and_accounts_saved` + `t53`.`points__days_active`
                    ) + (
                      `t53`.`points__shares_and_posts` + `t53`.`points__engagement_given` + `t53`.`points__messages_sent` + `t53`.`points__response_rate` + `t53`.`points__groups`
                    ) + (
                      `t53`.`points__connections` + `t53`.`points__decision_maker_connections` + `t53`.`points__same_company_connections` + `t53`.`points__acceptance_rate`
                    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `a_total`
                  FROM `t52` AS `t53`
                ) AS `t60`
                  ON `t10`.`a_id` = `t60`.`a_id`
                INNER JOIN (
                  SELECT
                    `t53`.`member_id` AS `b_id`,
                    CAST(CAST(`t53`.`points__profile_completeness` + `t53`.`points__rich_media` + `t53`.`points__endorsements_received` + `t53`.`points__posts_and_articles` + `t53`.`points__engagement_received` + `t53`.`points__followers_gained` + (
                      `t53`.`points__searches` + `t53`.`points__advanced_searches` + `t53`.`points__profile_views_made` + `t53`.`points__prospecting_views` + `t53`.`points__inbound_profile_views` + `t53`.`points__leads_and_accounts_saved` + `t53`.`points__days_active`
                    ) + (
                      `t53`.`points__shares_and_posts` + `t53`.`points__engagement_given` + `t53`.`points__messages_sent` + `t53`.`points__response_rate` + `t53`.`points__groups`
                    ) + (
                      `t53`.`points__connections` + `t53`.`points__decision_maker_connections` + `t53`.`points__same_company_connections` + `t53`.`points__acceptance_rate`
                    ) AS DOUBLE) / 100.0 AS DECIMAL(5, 2)) AS `b_total`
                  FROM `t52` AS `t53`
                ) AS `t61`
                  ON `t10`.`b_id` = `t61`.`b_id`
              ) AS `t68`
            ) AS `t71`
            GROUP BY
              1
          ) AS `t77`
            ON `t89`.`member_id` = `t77`.`key`
        ) AS `t90`
      ) AS `t91`
    ) AS `t92`
  ) AS `t93`
) AS `t94`
