WITH "t53" AS (
  SELECT
    "t50"."period",
    "t50"."member_id",
    "t50"."team_id",
    "t50"."company_id",
    "t50"."industry",
    COALESCE("t50"."conn_new", 0) AS "new_connections",
    SUM(COALESCE("t50"."conn_added", 0)) OVER (
      PARTITION BY "t50"."member_id"
      ORDER BY "t50"."period" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "network_size",
    SUM(COALESCE("t50"."conn_relevant", 0)) OVER (
      PARTITION BY "t50"."member_id"
      ORDER BY "t50"."period" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "relevant_connections",
    COALESCE("t50"."fol_new", 0) AS "new_followers",
    SUM(COALESCE("t50"."fol_added", 0)) OVER (
      PARTITION BY "t50"."member_id"
      ORDER BY "t50"."period" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "followers"
  FROM (
    SELECT
      "t49"."period",
      "t49"."member_id",
      "t49"."team_id",
      "t49"."company_id",
      "t49"."industry",
      "t49"."conn_added",
      "t49"."conn_new",
      "t49"."conn_relevant",
      "t49"."fol_added",
      "t49"."fol_new"
    FROM (
      SELECT
        "t44"."period",
        "t44"."member_id",
        "t44"."team_id",
        "t44"."company_id",
        "t44"."industry",
        "t44"."conn_added",
        "t44"."conn_new",
        "t44"."conn_relevant",
        "t32"."member_id" AS "member_id_right",
        "t32"."period" AS "period_right",
        "t32"."fol_added",
        "t32"."fol_new"
      FROM (
        SELECT
          "t42"."period",
          "t42"."member_id",
          "t42"."team_id",
          "t42"."company_id",
          "t42"."industry",
          "t42"."conn_added",
          "t42"."conn_new",
          "t42"."conn_relevant"
        FROM (
          SELECT
            "t24"."period",
            "t9"."member_id",
            "t9"."team_id",
            "t9"."company_id",
            "t9"."industry",
            "t40"."member_id" AS "member_id_right",
            "t40"."period" AS "period_right",
            "t40"."conn_added",
            "t40"."conn_new",
            "t40"."conn_relevant"
          FROM (
            SELECT
              UNNEST(
                CASE
                  WHEN NULLIF(INTERVAL '1 MONTH', MAKE_INTERVAL()) IS NOT NULL
                  AND CASE
                    WHEN INTERVAL '1 MONTH' = MAKE_INTERVAL()
                    THEN 0
                    WHEN INTERVAL '1 MONTH' < MAKE_INTERVAL()
                    THEN -1
                    WHEN INTERVAL '1 MONTH' > MAKE_INTERVAL()
                    THEN 1
                    ELSE NULL
                  END = CASE
                    WHEN (
                      CAST('2026-04-01T00:00:00' AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST('2026-01-01T00:00:00' AS TIMESTAMP))
                    ) = MAKE_INTERVAL()
                    THEN 0
                    WHEN (
                      CAST('2026-04-01T00:00:00' AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST('2026-01-01T00:00:00' AS TIMESTAMP))
                    ) < MAKE_INTERVAL()
                    THEN -1
                    WHEN (
                      CAST('2026-04-01T00:00:00' AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST('2026-01-01T00:00:00' AS TIMESTAMP))
                    ) > MAKE_INTERVAL()
                    THEN 1
                    ELSE NULL
                  END
                  THEN ARRAY_REMOVE(
                    ARRAY(SELECT
                      *
                    FROM GENERATE_SERIES(
                      DATE_TRUNC('MONTH', CAST('2026-01-01T00:00:00' AS TIMESTAMP)),
                      CAST('2026-04-01T00:00:00' AS TIMESTAMP),
                      INTERVAL '1 MONTH'
                    )),
                    CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                  )
                  ELSE CAST(ARRAY[] AS TIMESTAMP[])
                END
              ) AS "period"
          ) AS "t24"
          CROSS JOIN (
            SELECT
              "t0"."member_id",
              "t0"."team_id",
              "t0"."company_id",
              "t0"."industry"
            FROM "members" AS "t0"
          ) AS "t9"
          LEFT OUTER JOIN (
            SELECT
              "t35"."member_id",
              "t35"."period",
              COUNT(*) AS "conn_added",
              SUM(CAST("t35"."at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP) AS BIGINT)) AS "conn_new",
              SUM("t35"."matches") AS "conn_relevant"
            FROM (
              SELECT
                "t29"."member_id",
                "t29"."other",
                "t29"."at",
                "t29"."matches",
                GREATEST(
                  DATE_TRUNC('MONTH', "t29"."at"),
                  DATE_TRUNC('MONTH', CAST('2026-01-01T00:00:00' AS TIMESTAMP))
                ) AS "period"
              FROM (
                SELECT
                  "t23"."member_id",
                  "t23"."other",
                  "t23"."at",
                  "t17"."matches"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t3"."member_a" AS "member_id",
                      "t3"."member_b" AS "other",
                      "t3"."connected_at" AS "at"
                    FROM "connections" AS "t3"
                  ) AS "t7"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t3"."member_b" AS "member_id",
                      "t3"."member_a" AS "other",
                      "t3"."connected_at" AS "at"
                    FROM "connections" AS "t3"
                  ) AS "t8"
                ) AS "t23"
                INNER JOIN (
                  SELECT
                    "t0"."member_id" AS "other",
                    CAST(TRUE AS BIGINT) AS "matches"
                  FROM "members" AS "t0"
                ) AS "t17"
                  ON "t23"."other" = "t17"."other"
              ) AS "t29"
              WHERE
                "t29"."at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
            ) AS "t35"
            GROUP BY
              1,
              2
          ) AS "t40"
            ON "t9"."member_id" = "t40"."member_id" AND "t24"."period" = "t40"."period"
        ) AS "t42"
      ) AS "t44"
      LEFT OUTER JOIN (
        SELECT
          "t19"."member_id",
          "t19"."period",
          COUNT(*) AS "fol_added",
          SUM(CAST("t19"."at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP) AS BIGINT)) AS "fol_new"
        FROM (
          SELECT
            "t1"."target_member_id" AS "member_id",
            "t1"."member_id" AS "other",
            "t1"."occurred_at" AS "at",
            GREATEST(
              DATE_TRUNC('MONTH', "t1"."occurred_at"),
              DATE_TRUNC('MONTH', CAST('2026-01-01T00:00:00' AS TIMESTAMP))
            ) AS "period"
          FROM "activity" AS "t1"
          WHERE
            "t1"."event_type" = 'follow'
            AND "t1"."target_member_id" IS NOT NULL
            AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
        ) AS "t19"
        GROUP BY
          1,
          2
      ) AS "t32"
        ON "t44"."member_id" = "t32"."member_id" AND "t44"."period" = "t32"."period"
    ) AS "t49"
  ) AS "t50"
)
SELECT
  "t65"."member_id",
  "t65"."period",
  COALESCE("t65"."new_connections__num", 0) AS "new_connections",
  COALESCE("t65"."network_size__num", 0) AS "network_size",
  CAST("t65"."network_relevance__num" AS DOUBLE PRECISION) / NULLIF("t65"."network_relevance__den", 0) AS "network_relevance",
  COALESCE("t65"."new_followers__num", 0) AS "new_followers",
  COALESCE("t65"."followers__num", 0) AS "followers",
  COALESCE("t65"."engagement_received__num", 0) AS "engagement_received",
  COALESCE("t65"."profile_views__num", 0) AS "profile_views",
  CAST("t65"."profile_view_relevance__num" AS DOUBLE PRECISION) / NULLIF("t65"."profile_view_relevance__den", 0) AS "profile_view_relevance",
  COALESCE("t65"."messages__num", 0) AS "messages",
  COALESCE("t65"."calls__num", 0) AS "calls",
  COALESCE("t65"."conversations__num", 0) AS "conversations",
  COALESCE("t65"."counterparts_messaged__num", 0) AS "counterparts_messaged",
  CAST(COALESCE("t65"."conversations__num", 0) AS DOUBLE PRECISION) / NULLIF(COALESCE("t65"."counterparts_messaged__num", 0), 0) AS "reply_rate"
FROM (
  SELECT
    "t64"."member_id",
    "t64"."period",
    "t64"."new_connections__num",
    "t64"."network_size__num",
    "t64"."network_relevance__num",
    "t64"."network_relevance__den",
    "t64"."new_followers__num",
    "t64"."followers__num",
    "t64"."engagement_received__num",
    "t64"."profile_views__num",
    "t64"."profile_view_relevance__num",
    "t64"."profile_view_relevance__den",
    "t64"."messages__num",
    "t64"."calls__num",
    "t64"."conversations__num",
    "t64"."counterparts_messaged__num"
  FROM (
    SELECT
      "t63"."member_id",
      "t63"."period",
      "t63"."new_connections__num",
      "t63"."network_size__num",
      "t63"."network_relevance__num",
      "t63"."network_relevance__den",
      "t63"."new_followers__num",
      "t63"."followers__num",
      "t56"."member_id" AS "member_id_right",
      "t56"."period" AS "period_right",
      "t56"."engagement_received__num",
      "t56"."profile_views__num",
      "t56"."profile_view_relevance__num",
      "t56"."profile_view_relevance__den",
      "t56"."messages__num",
      "t56"."calls__num",
      "t56"."conversations__num",
      "t56"."counterparts_messaged__num"
    FROM (
      SELECT
        "t61"."member_id",
        "t61"."period",
        "t61"."new_connections__num",
        "t61"."network_size__num",
        "t61"."network_relevance__num",
        "t61"."network_relevance__den",
        "t61"."new_followers__num",
        "t61"."followers__num"
      FROM (
        SELECT
          "t58"."member_id",
          "t58"."period",
          "t60"."member_id" AS "member_id_right",
          "t60"."period" AS "period_right",
          "t60"."new_connections__num",
          "t60"."network_size__num",
          "t60"."network_relevance__num",
          "t60"."network_relevance__den",
          "t60"."new_followers__num",
          "t60"."followers__num"
        FROM (
          SELECT DISTINCT
            "t54"."member_id",
            "t54"."period"
          FROM "t53" AS "t54"
        ) AS "t58"
        LEFT OUTER JOIN (
          SELECT
            "t54"."member_id",
            "t54"."period",
            SUM("t54"."new_connections") AS "new_connections__num",
            SUM("t54"."network_size") AS "network_size__num",
            SUM("t54"."relevant_connections") AS "network_relevance__num",
            SUM("t54"."network_size") AS "network_relevance__den",
            SUM("t54"."new_followers") AS "new_followers__num",
            SUM("t54"."followers") AS "followers__num"
          FROM "t53" AS "t54"
          GROUP BY
            1,
            2
        ) AS "t60"
          ON "t58"."member_id" = "t60"."member_id" AND "t58"."period" = "t60"."period"
      ) AS "t61"
    ) AS "t63"
    LEFT OUTER JOIN (
      SELECT
        "t52"."member_id",
        "t52"."period",
        SUM("t52"."engagement") AS "engagement_received__num",
        SUM("t52"."profile_views") AS "profile_views__num",
        SUM("t52"."relevant_profile_views") AS "profile_view_relevance__num",
        SUM("t52"."profile_views") AS "profile_view_relevance__den",
        SUM("t52"."messages") AS "messages__num",
        SUM("t52"."calls") AS "calls__num",
        SUM("t52"."conversations") AS "conversations__num",
        SUM("t52"."messaged") AS "counterparts_messaged__num"
      FROM (
        SELECT
          "t51"."member_id",
          "t51"."period",
          "t51"."engagement",
          "t51"."profile_views",
          "t51"."relevant_profile_views",
          "t51"."messages",
          "t51"."calls",
          "t51"."conversations",
          "t51"."messaged",
          "t51"."team_id",
          "t51"."company_id",
          "t51"."industry"
        FROM (
          SELECT
            "t48"."member_id",
            "t48"."period",
            "t48"."engagement",
            "t48"."profile_views",
            "t48"."relevant_profile_views",
            "t48"."messages",
            "t48"."calls",
            "t48"."conversations",
            "t48"."messaged",
            "t9"."member_id" AS "member_id_right",
            "t9"."team_id",
            "t9"."company_id",
            "t9"."industry"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t21"."target_member_id" AS "member_id",
                  DATE_TRUNC('MONTH', "t21"."occurred_at") AS "period",
                  CAST("t21"."event_type" IN ('reaction', 'comment', 'share') AS BIGINT) AS "engagement",
                  CAST("t21"."event_type" = 'profile_view' AS BIGINT) AS "profile_views",
                  CAST("t21"."event_type" = 'profile_view' AS BIGINT) * COALESCE("t16"."matches", 0) AS "relevant_profile_views",
                  0 AS "messages",
                  0 AS "calls",
                  0 AS "conversations",
                  0 AS "messaged"
                FROM (
                  SELECT
                    *
                  FROM "activity" AS "t1"
                  WHERE
                    "t1"."occurred_at" IS NOT NULL
                    AND "t1"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                    AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                    AND "t1"."target_member_id" IS NOT NULL
                ) AS "t21"
                LEFT OUTER JOIN (
                  SELECT
                    "t0"."member_id",
                    CAST(TRUE AS BIGINT) AS "matches"
                  FROM "members" AS "t0"
                ) AS "t16"
                  ON "t21"."member_id" = "t16"."member_id"
              ) AS "t31"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t1"."member_id",
                  DATE_TRUNC('MONTH', "t1"."occurred_at") AS "period",
                  0 AS "engagement",
                  0 AS "profile_views",
                  0 AS "relevant_profile_views",
                  1 AS "messages",
                  0 AS "calls",
                  0 AS "conversations",
                  0 AS "messaged"
                FROM "activity" AS "t1"
                WHERE
                  "t1"."occurred_at" IS NOT NULL
                  AND "t1"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                  AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                  AND "t1"."event_type" IN ('message_sent', 'inmail_sent')
              ) AS "t10"
            ) AS "t33"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t2"."rep_id" AS "member_id",
                  DATE_TRUNC('MONTH', "t2"."occurred_at") AS "period",
                  0 AS "engagement",
                  0 AS "profile_views",
                  0 AS "relevant_profile_views",
                  0 AS "messages",
                  1 AS "calls",
                  0 AS "conversations",
                  0 AS "messaged"
                FROM "touches" AS "t2"
                WHERE
                  "t2"."channel" = 'call'
                  AND "t2"."occurred_at" IS NOT NULL
                  AND "t2"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                  AND "t2"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
              ) AS "t15"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t41"."member_id",
                  "t41"."period",
                  0 AS "engagement",
                  0 AS "profile_views",
                  0 AS "relevant_profile_views",
                  0 AS "messages",
                  0 AS "calls",
                  CAST("t41"."replied" AS BIGINT) AS "conversations",
                  1 AS "messaged"
                FROM (
                  SELECT
                    "t27"."member_id",
                    "t27"."other",
                    "t27"."period",
                    COALESCE("t39"."replied", FALSE) AS "replied"
                  FROM (
                    SELECT
                      "t14"."member_id",
                      "t14"."target_member_id" AS "other",
                      DATE_TRUNC('MONTH', "t14"."occurred_at") AS "period",
                      MIN("t14"."occurred_at") AS "first_sent"
                    FROM (
                      SELECT
                        *
                      FROM "activity" AS "t1"
                      WHERE
                        "t1"."occurred_at" IS NOT NULL
                        AND "t1"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                        AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                        AND "t1"."event_type" IN ('message_sent', 'inmail_sent')
                        AND "t1"."target_member_id" IS NOT NULL
                    ) AS "t14"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t27"
                  LEFT OUTER JOIN (
                    SELECT
                      "t36"."member_id",
                      "t36"."other",
                      "t36"."period",
                      TRUE AS "replied"
                    FROM (
                      SELECT DISTINCT
                        "t34"."member_id",
                        "t34"."other",
                        "t34"."period"
                      FROM (
                        SELECT
                          "t27"."member_id",
                          "t27"."other",
                          "t27"."period",
                          "t27"."first_sent",
                          "t28"."at"
                        FROM (
                          SELECT
                            "t14"."member_id",
                            "t14"."target_member_id" AS "other",
                            DATE_TRUNC('MONTH', "t14"."occurred_at") AS "period",
                            MIN("t14"."occurred_at") AS "first_sent"
                          FROM (
                            SELECT
                              *
                            FROM "activity" AS "t1"
                            WHERE
                              "t1"."occurred_at" IS NOT NULL
                              AND "t1"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                              AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                              AND "t1"."event_type" IN ('message_sent', 'inmail_sent')
                              AND "t1"."target_member_id" IS NOT NULL
                          ) AS "t14"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t27"
                        INNER JOIN (
                          SELECT
                            "t20"."member_id",
                            "t20"."other",
                            "t20"."at",
                            DATE_TRUNC('MONTH', "t20"."at") AS "period"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t1"."member_id",
                                "t1"."target_member_id" AS "other",
                                "t1"."occurred_at" AS "at"
                              FROM "activity" AS "t1"
                              WHERE
                                "t1"."occurred_at" IS NOT NULL
                                AND "t1"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                                AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                                AND "t1"."event_type" = 'message_received'
                            ) AS "t11"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t1"."target_member_id" AS "member_id",
                                "t1"."member_id" AS "other",
                                "t1"."occurred_at" AS "at"
                              FROM "activity" AS "t1"
                              WHERE
                                "t1"."occurred_at" IS NOT NULL
                                AND "t1"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                                AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                                AND "t1"."event_type" = 'inmail_replied'
                            ) AS "t12"
                          ) AS "t20"
                        ) AS "t28"
                          ON "t27"."member_id" = "t28"."member_id"
                          AND "t27"."other" = "t28"."other"
                          AND "t27"."period" = "t28"."period"
                      ) AS "t34"
                      WHERE
                        "t34"."at" >= "t34"."first_sent"
                    ) AS "t36"
                  ) AS "t39"
                    ON "t27"."member_id" = "t39"."member_id"
                    AND "t27"."other" = "t39"."other"
                    AND "t27"."period" = "t39"."period"
                ) AS "t41"
              ) AS "t45"
            ) AS "t46"
          ) AS "t48"
          LEFT OUTER JOIN (
            SELECT
              "t0"."member_id",
              "t0"."team_id",
              "t0"."company_id",
              "t0"."industry"
            FROM "members" AS "t0"
          ) AS "t9"
            ON "t48"."member_id" = "t9"."member_id"
        ) AS "t51"
      ) AS "t52"
      GROUP BY
        1,
        2
    ) AS "t56"
      ON "t63"."member_id" = "t56"."member_id" AND "t63"."period" = "t56"."period"
  ) AS "t64"
) AS "t65"
ORDER BY
  "t65"."member_id" ASC,
  "t65"."period" ASC
