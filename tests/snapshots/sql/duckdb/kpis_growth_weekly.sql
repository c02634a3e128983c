WITH "t19" AS (
  SELECT
    "t14"."period",
    "t6"."member_id",
    "t6"."joined_at",
    "t6"."team_id",
    "t6"."company_id",
    "t6"."industry"
  FROM (
    SELECT
      UNNEST(
        RANGE(
          DATE_TRUNC('WEEK', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)),
          MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0),
          INTERVAL '7' DAY
        )
      ) AS "period"
  ) AS "t14"
  CROSS JOIN (
    SELECT
      "t0"."member_id",
      "t0"."joined_at",
      "t0"."team_id",
      "t0"."company_id",
      "t0"."industry"
    FROM "members" AS "t0"
  ) AS "t6"
)
SELECT
  "t61"."industry",
  "t61"."period",
  COALESCE("t61"."new_members__num", 0) AS "new_members",
  COALESCE("t61"."members__num", 0) AS "members",
  COALESCE("t61"."logins__num", 0) AS "logins",
  CAST(COALESCE("t61"."logins__num", 0) AS DOUBLE) / NULLIF(COALESCE("t61"."members__num", 0), 0) AS "logins_per_member",
  COALESCE("t61"."active_members__num", 0) AS "active_members",
  COALESCE("t61"."dau__num", 0) AS "dau",
  COALESCE("t61"."wau__num", 0) AS "wau"
FROM (
  SELECT
    "t60".*
    EXCLUDE ("industry_right", "period_right")
  FROM (
    SELECT
      "t59"."industry",
      "t59"."period",
      "t59"."new_members__num",
      "t59"."members__num",
      "t59"."logins__num",
      "t59"."active_members__num",
      "t59"."dau__num",
      "t54"."industry" AS "industry_right",
      "t54"."period" AS "period_right",
      "t54"."wau__num"
    FROM (
      SELECT
        "t57".*
        EXCLUDE ("industry_right", "period_right")
      FROM (
        SELECT
          "t56"."industry",
          "t56"."period",
          "t56"."new_members__num",
          "t56"."members__num",
          "t56"."logins__num",
          "t55"."industry" AS "industry_right",
          "t55"."period" AS "period_right",
          "t55"."active_members__num",
          "t55"."dau__num"
        FROM (
          SELECT
            "t50"."industry",
            "t50"."period",
            "t50"."new_members__num",
            "t50"."members__num",
            "t50"."logins__num"
          FROM (
            SELECT
              "t45"."industry",
              "t45"."period",
              "t45"."new_members__num",
              "t45"."members__num",
              "t26"."industry" AS "industry_right",
              "t26"."period" AS "period_right",
              "t26"."logins__num"
            FROM (
              SELECT
                "t41"."industry",
                "t41"."period",
                "t41"."new_members__num",
                "t41"."members__num"
              FROM (
                SELECT
                  "t38"."industry",
                  "t38"."period",
                  "t38"."new_members__num",
                  "t33"."industry" AS "industry_right",
                  "t33"."period" AS "period_right",
                  "t33"."members__num"
                FROM (
                  SELECT
                    "t34"."industry",
                    "t34"."period",
                    "t34"."new_members__num"
                  FROM (
                    SELECT
                      "t29"."industry",
                      "t14"."period",
                      "t15"."industry" AS "industry_right",
                      "t15"."period" AS "period_right",
                      "t15"."new_members__num"
                    FROM (
                      SELECT
                        UNNEST(
                          RANGE(
                            DATE_TRUNC('WEEK', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)),
                            MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0),
                            INTERVAL '7' DAY
                          )
                        ) AS "period"
                    ) AS "t14"
                    CROSS JOIN (
                      SELECT DISTINCT
                        "t23"."industry"
                      FROM "t19" AS "t23"
                      WHERE
                        "t23"."joined_at" < (
                          "t23"."period" + INTERVAL '7' DAY
                        )
                    ) AS "t29"
                    LEFT OUTER JOIN (
                      SELECT
                        "t5"."industry",
                        "t5"."period",
                        COUNT(*) AS "new_members__num"
                      FROM (
                        SELECT
                          "t0"."member_id",
                          "t0"."joined_at",
                          "t0"."team_id",
                          "t0"."company_id",
                          "t0"."industry",
                          DATE_TRUNC('WEEK', "t0"."joined_at") AS "period"
                        FROM "members" AS "t0"
                        WHERE
                          "t0"."joined_at" IS NOT NULL
                          AND "t0"."joined_at" >= MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)
                          AND "t0"."joined_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                      ) AS "t5"
                      GROUP BY
                        1,
                        2
                    ) AS "t15"
                      ON "t29"."industry" = "t15"."industry" AND "t14"."period" = "t15"."period"
                  ) AS "t34"
                ) AS "t38"
                LEFT OUTER JOIN (
                  SELECT
                    "t27"."industry",
                    "t27"."period",
                    COUNT(*) AS "members__num"
                  FROM (
                    SELECT
                      *
                    FROM "t19" AS "t23"
                    WHERE
                      "t23"."joined_at" < (
                        "t23"."period" + INTERVAL '7' DAY
                      )
                  ) AS "t27"
                  GROUP BY
                    1,
                    2
                ) AS "t33"
                  ON "t38"."industry" = "t33"."industry" AND "t38"."period" = "t33"."period"
              ) AS "t41"
            ) AS "t45"
            LEFT OUTER JOIN (
              SELECT
                "t24"."industry",
                "t24"."period",
                COUNT(*) AS "logins__num"
              FROM (
                SELECT
                  "t22".*
                  EXCLUDE ("member_id_right")
                FROM (
                  SELECT
                    "t10"."member_id",
                    "t10"."period",
                    "t4"."member_id" AS "member_id_right",
                    "t4"."team_id",
                    "t4"."company_id",
                    "t4"."industry"
                  FROM (
                    SELECT
                      "t1"."member_id",
                      DATE_TRUNC('WEEK', "t1"."occurred_at") AS "period"
                    FROM "activity" AS "t1"
                    WHERE
                      "t1"."event_type" = 'login'
                      AND "t1"."occurred_at" IS NOT NULL
                      AND "t1"."occurred_at" >= MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)
                      AND "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                  ) AS "t10"
                  LEFT OUTER JOIN (
                    SELECT
                      "t0"."member_id",
                      "t0"."team_id",
                      "t0"."company_id",
                      "t0"."industry"
                    FROM "members" AS "t0"
                  ) AS "t4"
                    ON "t10"."member_id" = "t4"."member_id"
                ) AS "t22"
              ) AS "t24"
              GROUP BY
                1,
                2
            ) AS "t26"
              ON "t45"."industry" = "t26"."industry" AND "t45"."period" = "t26"."period"
          ) AS "t50"
        ) AS "t56"
        LEFT OUTER JOIN (
          SELECT
            "t49"."industry",
            "t49"."period",
            COUNT(DISTINCT "t49"."member_id") AS "active_members__num",
            SUM("t49"."weight") AS "dau__num"
          FROM (
            SELECT
              "t47".*
              EXCLUDE ("member_id_right")
            FROM (
              SELECT
                "t43"."member_id",
                "t43"."period",
                "t43"."weight",
                "t4"."member_id" AS "member_id_right",
                "t4"."team_id",
                "t4"."company_id",
                "t4"."industry"
              FROM (
                SELECT
                  "t36"."member_id",
                  "t36"."period",
                  1.0 / NULLIF(CAST("t36"."n_days" AS DOUBLE), 0.0) AS "weight"
                FROM (
                  SELECT
                    "t21"."member_id",
                    "t21"."unit_start",
                    "t21"."period",
                    "t32"."n_days",
                    "t32"."n_weeks",
                    "t32"."n_months"
                  FROM (
                    SELECT
                      "t9"."member_id",
                      "t9"."unit_start",
                      DATE_TRUNC('WEEK', "t9"."unit_start") AS "period"
                    FROM (
                      SELECT DISTINCT
                        "t1"."member_id",
                        GREATEST(
                          DATE_TRUNC('DAY', "t1"."occurred_at"),
                          DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                        ) AS "unit_start"
                      FROM "activity" AS "t1"
                      WHERE
                        "t1"."occurred_at" IS NOT NULL
                        AND "t1"."occurred_at" >= MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)
                        AND "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                    ) AS "t9"
                  ) AS "t21"
                  INNER JOIN (
                    SELECT
                      "t18"."period",
                      COUNT(*) AS "n_days",
                      SUM(
                        CAST((
                          DATE_TRUNC('WEEK', "t18"."day") = "t18"."day"
                        )
                        OR (
                          "t18"."day" = DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                        ) AS BIGINT)
                      ) AS "n_weeks",
                      SUM(
                        CAST((
                          DATE_TRUNC('MONTH', "t18"."day") = "t18"."day"
                        )
                        OR (
                          "t18"."day" = DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                        ) AS BIGINT)
                      ) AS "n_months"
                    FROM (
                      SELECT
                        "t11"."period" AS "day",
                        DATE_TRUNC('WEEK', "t11"."period") AS "period"
                      FROM (
                        SELECT
                          UNNEST(
                            RANGE(
                              DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)),
                              MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0),
                              INTERVAL '1' DAY
                            )
                          ) AS "period"
                      ) AS "t11"
                      WHERE
                        "t11"."period" >= DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                    ) AS "t18"
                    GROUP BY
                      1
                  ) AS "t32"
                    ON "t21"."period" = "t32"."period"
                ) AS "t36"
              ) AS "t43"
              LEFT OUTER JOIN (
                SELECT
                  "t0"."member_id",
                  "t0"."team_id",
                  "t0"."company_id",
                  "t0"."industry"
                FROM "members" AS "t0"
              ) AS "t4"
                ON "t43"."member_id" = "t4"."member_id"
            ) AS "t47"
          ) AS "t49"
          GROUP BY
            1,
            2
        ) AS "t55"
          ON "t56"."industry" = "t55"."industry" AND "t56"."period" = "t55"."period"
      ) AS "t57"
    ) AS "t59"
    LEFT OUTER JOIN (
      SELECT
        "t48"."industry",
        "t48"."period",
        SUM("t48"."weight") AS "wau__num"
      FROM (
        SELECT
          "t46".*
          EXCLUDE ("member_id_right")
        FROM (
          SELECT
            "t42"."member_id",
            "t42"."period",
            "t42"."weight",
            "t4"."member_id" AS "member_id_right",
            "t4"."team_id",
            "t4"."company_id",
            "t4"."industry"
          FROM (
            SELECT
              "t35"."member_id",
              "t35"."period",
              1.0 / NULLIF(CAST("t35"."n_weeks" AS DOUBLE), 0.0) AS "weight"
            FROM (
              SELECT
                "t20"."member_id",
                "t20"."unit_start",
                "t20"."period",
                "t32"."n_days",
                "t32"."n_weeks",
                "t32"."n_months"
              FROM (
                SELECT
                  "t8"."member_id",
                  "t8"."unit_start",
                  DATE_TRUNC('WEEK', "t8"."unit_start") AS "period"
                FROM (
                  SELECT DISTINCT
                    "t1"."member_id",
                    GREATEST(
                      DATE_TRUNC('WEEK', "t1"."occurred_at"),
                      DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                    ) AS "unit_start"
                  FROM "activity" AS "t1"
                  WHERE
                    "t1"."occurred_at" IS NOT NULL
                    AND "t1"."occurred_at" >= MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)
                    AND "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
                ) AS "t8"
              ) AS "t20"
              INNER JOIN (
                SELECT
                  "t18"."period",
                  COUNT(*) AS "n_days",
                  SUM(
                    CAST((
                      DATE_TRUNC('WEEK', "t18"."day") = "t18"."day"
                    )
                    OR (
                      "t18"."day" = DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                    ) AS BIGINT)
                  ) AS "n_weeks",
                  SUM(
                    CAST((
                      DATE_TRUNC('MONTH', "t18"."day") = "t18"."day"
                    )
                    OR (
                      "t18"."day" = DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                    ) AS BIGINT)
                  ) AS "n_months"
                FROM (
                  SELECT
                    "t11"."period" AS "day",
                    DATE_TRUNC('WEEK', "t11"."period") AS "period"
                  FROM (
                    SELECT
                      UNNEST(
                        RANGE(
                          DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0)),
                          MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0),
                          INTERVAL '1' DAY
                        )
                      ) AS "period"
                  ) AS "t11"
                  WHERE
                    "t11"."period" >= DATE_TRUNC('DAY', MAKE_TIMESTAMP(2026, 3, 1, 0, 0, 0.0))
                ) AS "t18"
                GROUP BY
                  1
              ) AS "t32"
                ON "t20"."period" = "t32"."period"
            ) AS "t35"
          ) AS "t42"
          LEFT OUTER JOIN (
            SELECT
              "t0"."member_id",
              "t0"."team_id",
              "t0"."company_id",
              "t0"."industry"
            FROM "members" AS "t0"
          ) AS "t4"
            ON "t42"."member_id" = "t4"."member_id"
        ) AS "t46"
      ) AS "t48"
      GROUP BY
        1,
        2
    ) AS "t54"
      ON "t59"."industry" = "t54"."industry" AND "t59"."period" = "t54"."period"
  ) AS "t60"
) AS "t61"
ORDER BY
  "t61"."industry" ASC,
  "t61"."period" ASC
