SELECT
  "t73"."period",
  COALESCE("t73"."new_members__num", 0) AS "new_members",
  COALESCE("t73"."members__num", 0) AS "members",
  COALESCE("t73"."logins__num", 0) AS "logins",
  CAST(COALESCE("t73"."logins__num", 0) AS DOUBLE) / NULLIF(COALESCE("t73"."members__num", 0), 0) AS "logins_per_member",
  COALESCE("t73"."active_members__num", 0) AS "active_members",
  COALESCE("t73"."dau__num", 0) AS "dau",
  COALESCE("t73"."wau__num", 0) AS "wau",
  COALESCE("t73"."mau__num", 0) AS "mau",
  CAST(COALESCE("t73"."dau__num", 0) AS DOUBLE) / NULLIF(COALESCE("t73"."mau__num", 0), 0) AS "stickiness"
FROM (
  SELECT
    "t72"."period",
    "t72"."new_members__num",
    "t72"."members__num",
    "t72"."logins__num",
    "t72"."active_members__num",
    "t72"."dau__num",
    "t72"."wau__num",
    "t72"."mau__num"
  FROM (
    SELECT
      "t71"."period",
      "t71"."new_members__num",
      "t71"."members__num",
      "t71"."logins__num",
      "t71"."active_members__num",
      "t71"."dau__num",
      "t71"."wau__num",
      "t63"."period" AS "period_right",
      "t63"."mau__num"
    FROM (
      SELECT
        "t69"."period",
        "t69"."new_members__num",
        "t69"."members__num",
        "t69"."logins__num",
        "t69"."active_members__num",
        "t69"."dau__num",
        "t69"."wau__num"
      FROM (
        SELECT
          "t68"."period",
          "t68"."new_members__num",
          "t68"."members__num",
          "t68"."logins__num",
          "t68"."active_members__num",
          "t68"."dau__num",
          "t64"."period" AS "period_right",
          "t64"."wau__num"
        FROM (
          SELECT
            "t66"."period",
            "t66"."new_members__num",
            "t66"."members__num",
            "t66"."logins__num",
            "t66"."active_members__num",
            "t66"."dau__num"
          FROM (
            SELECT
              "t53"."period",
              "t53"."new_members__num",
              "t53"."members__num",
              "t53"."logins__num",
              "t65"."period" AS "period_right",
              "t65"."active_members__num",
              "t65"."dau__num"
            FROM (
              SELECT
                "t51"."period",
                "t51"."new_members__num",
                "t51"."members__num",
                "t51"."logins__num"
              FROM (
                SELECT
                  "t44"."period",
                  "t44"."new_members__num",
                  "t44"."members__num",
                  "t32"."period" AS "period_right",
                  "t32"."logins__num"
                FROM (
                  SELECT
                    "t39"."period",
                    "t39"."new_members__num",
                    "t39"."members__num"
                  FROM (
                    SELECT
                      "t36"."period",
                      "t36"."new_members__num",
                      "t37"."period" AS "period_right",
                      "t37"."members__num"
                    FROM (
                      SELECT
                        "t30"."period",
                        "t30"."new_members__num"
                      FROM (
                        SELECT
                          "t22"."period",
                          "t16"."period" AS "period_right",
                          "t16"."new_members__num"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              IF(_u.pos = _u_2.pos_2, _u_2."period") AS "period"
                            FROM UNNEST(SEQUENCE(
                              1,
                              GREATEST(
                                CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' MONTH
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                              )
                            )) AS _u(pos)
                            CROSS JOIN UNNEST(IF(
                              NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                              AND CASE
                                WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                THEN 0
                                WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                THEN -1
                                WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                THEN 1
                              END = CASE
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) = PARSE_DURATION('0s')
                                THEN 0
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) < PARSE_DURATION('0s')
                                THEN -1
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) > PARSE_DURATION('0s')
                                THEN 1
                              END,
                              ARRAY_REMOVE(
                                SEQUENCE(
                                  CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                  INTERVAL '1' MONTH
                                ),
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                              ),
                              ARRAY[]
                            )) WITH ORDINALITY AS _u_2("period", pos_2)
                            WHERE
                              _u.pos = _u_2.pos_2
                              OR (
                                _u.pos > CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' MONTH
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                                AND _u_2.pos_2 = CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' MONTH
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                              )
                          ) AS "t13"
                        ) AS "t22"
                        LEFT OUTER JOIN (
                          SELECT
                            "t5"."period",
                            COUNT(*) AS "new_members__num"
                          FROM (
                            SELECT
                              "t0"."member_id",
                              "t0"."joined_at",
                              "t0"."team_id",
                              "t0"."company_id",
                              "t0"."industry",
                              DATE_TRUNC('MONTH', "t0"."joined_at") AS "period"
                            FROM "members" AS "t0"
                            WHERE
                              "t0"."joined_at" IS NOT NULL
                              AND "t0"."joined_at" >= CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)
                              AND "t0"."joined_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                          ) AS "t5"
                          GROUP BY
                            1
                        ) AS "t16"
                          ON "t22"."period" = "t16"."period"
                      ) AS "t30"
                    ) AS "t36"
                    LEFT OUTER JOIN (
                      SELECT
                        "t31"."period",
                        COUNT(*) AS "members__num"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t15"."period",
                            "t6"."member_id",
                            "t6"."joined_at",
                            "t6"."team_id",
                            "t6"."company_id",
                            "t6"."industry"
                          FROM (
                            SELECT
                              IF(_u.pos = _u_2.pos_2, _u_2."period") AS "period"
                            FROM UNNEST(SEQUENCE(
                              1,
                              GREATEST(
                                CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' MONTH
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                              )
                            )) AS _u(pos)
                            CROSS JOIN UNNEST(IF(
                              NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                              AND CASE
                                WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                THEN 0
                                WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                THEN -1
                                WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                THEN 1
                              END = CASE
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) = PARSE_DURATION('0s')
                                THEN 0
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) < PARSE_DURATION('0s')
                                THEN -1
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) > PARSE_DURATION('0s')
                                THEN 1
                              END,
                              ARRAY_REMOVE(
                                SEQUENCE(
                                  CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                  INTERVAL '1' MONTH
                                ),
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                              ),
                              ARRAY[]
                            )) WITH ORDINALITY AS _u_2("period", pos_2)
                            WHERE
                              _u.pos = _u_2.pos_2
                              OR (
                                _u.pos > CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' MONTH
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                                AND _u_2.pos_2 = CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' MONTH, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' MONTH = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' MONTH < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' MONTH > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('MONTH', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' MONTH
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                              )
                          ) AS "t15"
                          CROSS JOIN (
                            SELECT
                              "t0"."member_id",
                              "t0"."joined_at",
                              "t0"."team_id",
                              "t0"."company_id",
                              "t0"."industry"
                            FROM "members" AS "t0"
                          ) AS "t6"
                        ) AS "t23"
                        WHERE
                          "t23"."joined_at" < (
                            "t23"."period" + INTERVAL '1' MONTH
                          )
                      ) AS "t31"
                      GROUP BY
                        1
                    ) AS "t37"
                      ON "t36"."period" = "t37"."period"
                  ) AS "t39"
                ) AS "t44"
                LEFT OUTER JOIN (
                  SELECT
                    "t28"."period",
                    COUNT(*) AS "logins__num"
                  FROM (
                    SELECT
                      "t27"."member_id",
                      "t27"."period",
                      "t27"."team_id",
                      "t27"."company_id",
                      "t27"."industry"
                    FROM (
                      SELECT
                        "t11"."member_id",
                        "t11"."period",
                        "t4"."member_id" AS "member_id_right",
                        "t4"."team_id",
                        "t4"."company_id",
                        "t4"."industry"
                      FROM (
                        SELECT
                          "t1"."member_id",
                          DATE_TRUNC('MONTH', "t1"."occurred_at") AS "period"
                        FROM "activity" AS "t1"
                        WHERE
                          "t1"."event_type" = 'login'
                          AND "t1"."occurred_at" IS NOT NULL
                          AND "t1"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)
                          AND "t1"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                      ) AS "t11"
                      LEFT OUTER JOIN (
                        SELECT
                          "t0"."member_id",
                          "t0"."team_id",
                          "t0"."company_id",
                          "t0"."industry"
                        FROM "members" AS "t0"
                      ) AS "t4"
                        ON "t11"."member_id" = "t4"."member_id"
                    ) AS "t27"
                  ) AS "t28"
                  GROUP BY
                    1
                ) AS "t32"
                  ON "t44"."period" = "t32"."period"
              ) AS "t51"
            ) AS "t53"
            LEFT OUTER JOIN (
              SELECT
                "t59"."period",
                COUNT(DISTINCT "t59"."member_id") AS "active_members__num",
                SUM("t59"."weight") AS "dau__num"
              FROM (
                SELECT
                  "t56"."member_id",
                  "t56"."period",
                  "t56"."weight",
                  "t56"."team_id",
                  "t56"."company_id",
                  "t56"."industry"
                FROM (
                  SELECT
                    "t50"."member_id",
                    "t50"."period",
                    "t50"."weight",
                    "t4"."member_id" AS "member_id_right",
                    "t4"."team_id",
                    "t4"."company_id",
                    "t4"."industry"
                  FROM (
                    SELECT
                      "t42"."member_id",
                      "t42"."period",
                      CAST(1.0 AS DOUBLE) / NULLIF(CAST("t42"."n_days" AS DOUBLE), CAST(0.0 AS DOUBLE)) AS "weight"
                    FROM (
                      SELECT
                        "t26"."member_id",
                        "t26"."unit_start",
                        "t26"."period",
                        "t38"."n_days",
                        "t38"."n_weeks",
                        "t38"."n_months"
                      FROM (
                        SELECT
                          "t10"."member_id",
                          "t10"."unit_start",
                          DATE_TRUNC('MONTH', "t10"."unit_start") AS "period"
                        FROM (
                          SELECT DISTINCT
                            "t1"."member_id",
                            GREATEST(
                              DATE_TRUNC('DAY', "t1"."occurred_at"),
                              DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                            ) AS "unit_start"
                          FROM "activity" AS "t1"
                          WHERE
                            "t1"."occurred_at" IS NOT NULL
                            AND "t1"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)
                            AND "t1"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                        ) AS "t10"
                      ) AS "t26"
                      INNER JOIN (
                        SELECT
                          "t21"."period",
                          COUNT(*) AS "n_days",
                          SUM(
                            CAST((
                              DATE_TRUNC('WEEK', "t21"."day") = "t21"."day"
                            )
                            OR (
                              "t21"."day" = DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                            ) AS BIGINT)
                          ) AS "n_weeks",
                          SUM(
                            CAST((
                              DATE_TRUNC('MONTH', "t21"."day") = "t21"."day"
                            )
                            OR (
                              "t21"."day" = DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                            ) AS BIGINT)
                          ) AS "n_months"
                        FROM (
                          SELECT
                            "t12"."period" AS "day",
                            DATE_TRUNC('MONTH', "t12"."period") AS "period"
                          FROM (
                            SELECT
                              IF(_u.pos = _u_2.pos_2, _u_2."period") AS "period"
                            FROM UNNEST(SEQUENCE(
                              1,
                              GREATEST(
                                CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' DAY
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                              )
                            )) AS _u(pos)
                            CROSS JOIN UNNEST(IF(
                              NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                              AND CASE
                                WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                                THEN 0
                                WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                                THEN -1
                                WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                                THEN 1
                              END = CASE
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) = PARSE_DURATION('0s')
                                THEN 0
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) < PARSE_DURATION('0s')
                                THEN -1
                                WHEN (
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                ) > PARSE_DURATION('0s')
                                THEN 1
                              END,
                              ARRAY_REMOVE(
                                SEQUENCE(
                                  CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                  INTERVAL '1' DAY
                                ),
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                              ),
                              ARRAY[]
                            )) WITH ORDINALITY AS _u_2("period", pos_2)
                            WHERE
                              _u.pos = _u_2.pos_2
                              OR (
                                _u.pos > CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' DAY
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                                AND _u_2.pos_2 = CARDINALITY(
                                  IF(
                                    NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                                    AND CASE
                                      WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                                      THEN 1
                                    END = CASE
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) = PARSE_DURATION('0s')
                                      THEN 0
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) < PARSE_DURATION('0s')
                                      THEN -1
                                      WHEN (
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                      ) > PARSE_DURATION('0s')
                                      THEN 1
                                    END,
                                    ARRAY_REMOVE(
                                      SEQUENCE(
                                        CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                        INTERVAL '1' DAY
                                      ),
                                      CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                    ),
                                    ARRAY[]
                                  )
                                )
                              )
                          ) AS "t12"
                          WHERE
                            "t12"."period" >= DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                        ) AS "t21"
                        GROUP BY
                          1
                      ) AS "t38"
                        ON "t26"."period" = "t38"."period"
                    ) AS "t42"
                  ) AS "t50"
                  LEFT OUTER JOIN (
                    SELECT
                      "t0"."member_id",
                      "t0"."team_id",
                      "t0"."company_id",
                      "t0"."industry"
                    FROM "members" AS "t0"
                  ) AS "t4"
                    ON "t50"."member_id" = "t4"."member_id"
                ) AS "t56"
              ) AS "t59"
              GROUP BY
                1
            ) AS "t65"
              ON "t53"."period" = "t65"."period"
          ) AS "t66"
        ) AS "t68"
        LEFT OUTER JOIN (
          SELECT
            "t58"."period",
            SUM("t58"."weight") AS "wau__num"
          FROM (
            SELECT
              "t55"."member_id",
              "t55"."period",
              "t55"."weight",
              "t55"."team_id",
              "t55"."company_id",
              "t55"."industry"
            FROM (
              SELECT
                "t49"."member_id",
                "t49"."period",
                "t49"."weight",
                "t4"."member_id" AS "member_id_right",
                "t4"."team_id",
                "t4"."company_id",
                "t4"."industry"
              FROM (
                SELECT
                  "t41"."member_id",
                  "t41"."period",
                  CAST(1.0 AS DOUBLE) / NULLIF(CAST("t41"."n_weeks" AS DOUBLE), CAST(0.0 AS DOUBLE)) AS "weight"
                FROM (
                  SELECT
                    "t25"."member_id",
                    "t25"."unit_start",
                    "t25"."period",
                    "t38"."n_days",
                    "t38"."n_weeks",
                    "t38"."n_months"
                  FROM (
                    SELECT
                      "t9"."member_id",
                      "t9"."unit_start",
                      DATE_TRUNC('MONTH', "t9"."unit_start") AS "period"
                    FROM (
                      SELECT DISTINCT
                        "t1"."member_id",
                        GREATEST(
                          DATE_TRUNC('WEEK', "t1"."occurred_at"),
                          DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                        ) AS "unit_start"
                      FROM "activity" AS "t1"
                      WHERE
                        "t1"."occurred_at" IS NOT NULL
                        AND "t1"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)
                        AND "t1"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                    ) AS "t9"
                  ) AS "t25"
                  INNER JOIN (
                    SELECT
                      "t21"."period",
                      COUNT(*) AS "n_days",
                      SUM(
                        CAST((
                          DATE_TRUNC('WEEK', "t21"."day") = "t21"."day"
                        )
                        OR (
                          "t21"."day" = DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                        ) AS BIGINT)
                      ) AS "n_weeks",
                      SUM(
                        CAST((
                          DATE_TRUNC('MONTH', "t21"."day") = "t21"."day"
                        )
                        OR (
                          "t21"."day" = DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                        ) AS BIGINT)
                      ) AS "n_months"
                    FROM (
                      SELECT
                        "t12"."period" AS "day",
                        DATE_TRUNC('MONTH', "t12"."period") AS "period"
                      FROM (
                        SELECT
                          IF(_u.pos = _u_2.pos_2, _u_2."period") AS "period"
                        FROM UNNEST(SEQUENCE(
                          1,
                          GREATEST(
                            CARDINALITY(
                              IF(
                                NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                                AND CASE
                                  WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                                  THEN 0
                                  WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                                  THEN -1
                                  WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                                  THEN 1
                                END = CASE
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) = PARSE_DURATION('0s')
                                  THEN 0
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) < PARSE_DURATION('0s')
                                  THEN -1
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) > PARSE_DURATION('0s')
                                  THEN 1
                                END,
                                ARRAY_REMOVE(
                                  SEQUENCE(
                                    CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                    INTERVAL '1' DAY
                                  ),
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                ),
                                ARRAY[]
                              )
                            )
                          )
                        )) AS _u(pos)
                        CROSS JOIN UNNEST(IF(
                          NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                          AND CASE
                            WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                            THEN 0
                            WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                            THEN -1
                            WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                            THEN 1
                          END = CASE
                            WHEN (
                              CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                            ) = PARSE_DURATION('0s')
                            THEN 0
                            WHEN (
                              CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                            ) < PARSE_DURATION('0s')
                            THEN -1
                            WHEN (
                              CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                            ) > PARSE_DURATION('0s')
                            THEN 1
                          END,
                          ARRAY_REMOVE(
                            SEQUENCE(
                              CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                              CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                              INTERVAL '1' DAY
                            ),
                            CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                          ),
                          ARRAY[]
                        )) WITH ORDINALITY AS _u_2("period", pos_2)
                        WHERE
                          _u.pos = _u_2.pos_2
                          OR (
                            _u.pos > CARDINALITY(
                              IF(
                                NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                                AND CASE
                                  WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                                  THEN 0
                                  WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                                  THEN -1
                                  WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                                  THEN 1
                                END = CASE
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) = PARSE_DURATION('0s')
                                  THEN 0
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) < PARSE_DURATION('0s')
                                  THEN -1
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) > PARSE_DURATION('0s')
                                  THEN 1
                                END,
                                ARRAY_REMOVE(
                                  SEQUENCE(
                                    CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                    INTERVAL '1' DAY
                                  ),
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                ),
                                ARRAY[]
                              )
                            )
                            AND _u_2.pos_2 = CARDINALITY(
                              IF(
                                NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                                AND CASE
                                  WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                                  THEN 0
                                  WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                                  THEN -1
                                  WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                                  THEN 1
                                END = CASE
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) = PARSE_DURATION('0s')
                                  THEN 0
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) < PARSE_DURATION('0s')
                                  THEN -1
                                  WHEN (
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                                  ) > PARSE_DURATION('0s')
                                  THEN 1
                                END,
                                ARRAY_REMOVE(
                                  SEQUENCE(
                                    CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                    CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                    INTERVAL '1' DAY
                                  ),
                                  CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                                ),
                                ARRAY[]
                              )
                            )
                          )
                      ) AS "t12"
                      WHERE
                        "t12"."period" >= DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                    ) AS "t21"
                    GROUP BY
                      1
                  ) AS "t38"
                    ON "t25"."period" = "t38"."period"
                ) AS "t41"
              ) AS "t49"
              LEFT OUTER JOIN (
                SELECT
                  "t0"."member_id",
                  "t0"."team_id",
                  "t0"."company_id",
                  "t0"."industry"
                FROM "members" AS "t0"
              ) AS "t4"
                ON "t49"."member_id" = "t4"."member_id"
            ) AS "t55"
          ) AS "t58"
          GROUP BY
            1
        ) AS "t64"
          ON "t68"."period" = "t64"."period"
      ) AS "t69"
    ) AS "t71"
    LEFT OUTER JOIN (
      SELECT
        "t57"."period",
        SUM("t57"."weight") AS "mau__num"
      FROM (
        SELECT
          "t54"."member_id",
          "t54"."period",
          "t54"."weight",
          "t54"."team_id",
          "t54"."company_id",
          "t54"."industry"
        FROM (
          SELECT
            "t48"."member_id",
            "t48"."period",
            "t48"."weight",
            "t4"."member_id" AS "member_id_right",
            "t4"."team_id",
            "t4"."company_id",
            "t4"."industry"
          FROM (
            SELECT
              "t40"."member_id",
              "t40"."period",
              CAST(1.0 AS DOUBLE) / NULLIF(CAST("t40"."n_months" AS DOUBLE), CAST(0.0 AS DOUBLE)) AS "weight"
            FROM (
              SELECT
                "t24"."member_id",
                "t24"."unit_start",
                "t24"."period",
                "t38"."n_days",
                "t38"."n_weeks",
                "t38"."n_months"
              FROM (
                SELECT
                  "t8"."member_id",
                  "t8"."unit_start",
                  DATE_TRUNC('MONTH', "t8"."unit_start") AS "period"
                FROM (
                  SELECT DISTINCT
                    "t1"."member_id",
                    GREATEST(
                      DATE_TRUNC('MONTH', "t1"."occurred_at"),
                      DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                    ) AS "unit_start"
                  FROM "activity" AS "t1"
                  WHERE
                    "t1"."occurred_at" IS NOT NULL
                    AND "t1"."occurred_at" >= CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)
                    AND "t1"."occurred_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                ) AS "t8"
              ) AS "t24"
              INNER JOIN (
                SELECT
                  "t21"."period",
                  COUNT(*) AS "n_days",
                  SUM(
                    CAST((
                      DATE_TRUNC('WEEK', "t21"."day") = "t21"."day"
                    )
                    OR (
                      "t21"."day" = DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                    ) AS BIGINT)
                  ) AS "n_weeks",
                  SUM(
                    CAST((
                      DATE_TRUNC('MONTH', "t21"."day") = "t21"."day"
                    )
                    OR (
                      "t21"."day" = DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                    ) AS BIGINT)
                  ) AS "n_months"
                FROM (
                  SELECT
                    "t12"."period" AS "day",
                    DATE_TRUNC('MONTH', "t12"."period") AS "period"
                  FROM (
                    SELECT
                      IF(_u.pos = _u_2.pos_2, _u_2."period") AS "period"
                    FROM UNNEST(SEQUENCE(
                      1,
                      GREATEST(
                        CARDINALITY(
                          IF(
                            NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                            AND CASE
                              WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                              THEN 0
                              WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                              THEN -1
                              WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                              THEN 1
                            END = CASE
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) = PARSE_DURATION('0s')
                              THEN 0
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) < PARSE_DURATION('0s')
                              THEN -1
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) > PARSE_DURATION('0s')
                              THEN 1
                            END,
                            ARRAY_REMOVE(
                              SEQUENCE(
                                CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                INTERVAL '1' DAY
                              ),
                              CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                            ),
                            ARRAY[]
                          )
                        )
                      )
                    )) AS _u(pos)
                    CROSS JOIN UNNEST(IF(
                      NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                      AND CASE
                        WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                        THEN 0
                        WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                        THEN -1
                        WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                        THEN 1
                      END = CASE
                        WHEN (
                          CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                        ) = PARSE_DURATION('0s')
                        THEN 0
                        WHEN (
                          CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                        ) < PARSE_DURATION('0s')
                        THEN -1
                        WHEN (
                          CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                        ) > PARSE_DURATION('0s')
                        THEN 1
                      END,
                      ARRAY_REMOVE(
                        SEQUENCE(
                          CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                          CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                          INTERVAL '1' DAY
                        ),
                        CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                      ),
                      ARRAY[]
                    )) WITH ORDINALITY AS _u_2("period", pos_2)
                    WHERE
                      _u.pos = _u_2.pos_2
                      OR (
                        _u.pos > CARDINALITY(
                          IF(
                            NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                            AND CASE
                              WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                              THEN 0
                              WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                              THEN -1
                              WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                              THEN 1
                            END = CASE
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) = PARSE_DURATION('0s')
                              THEN 0
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) < PARSE_DURATION('0s')
                              THEN -1
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) > PARSE_DURATION('0s')
                              THEN 1
                            END,
                            ARRAY_REMOVE(
                              SEQUENCE(
                                CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                INTERVAL '1' DAY
                              ),
                              CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                            ),
                            ARRAY[]
                          )
                        )
                        AND _u_2.pos_2 = CARDINALITY(
                          IF(
                            NULLIF(INTERVAL '1' DAY, PARSE_DURATION('0s')) IS NOT NULL
                            AND CASE
                              WHEN INTERVAL '1' DAY = PARSE_DURATION('0s')
                              THEN 0
                              WHEN INTERVAL '1' DAY < PARSE_DURATION('0s')
                              THEN -1
                              WHEN INTERVAL '1' DAY > PARSE_DURATION('0s')
                              THEN 1
                            END = CASE
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) = PARSE_DURATION('0s')
                              THEN 0
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) < PARSE_DURATION('0s')
                              THEN -1
                              WHEN (
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP) - DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                              ) > PARSE_DURATION('0s')
                              THEN 1
                            END,
                            ARRAY_REMOVE(
                              SEQUENCE(
                                CAST(DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP)) AS TIMESTAMP),
                                CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP),
                                INTERVAL '1' DAY
                              ),
                              CAST(FROM_ISO8601_TIMESTAMP('2026-04-01T00:00:00') AS TIMESTAMP)
                            ),
                            ARRAY[]
                          )
                        )
                      )
                  ) AS "t12"
                  WHERE
                    "t12"."period" >= DATE_TRUNC('DAY', CAST(FROM_ISO8601_TIMESTAMP('2026-01-01T00:00:00') AS TIMESTAMP))
                ) AS "t21"
                GROUP BY
                  1
              ) AS "t38"
                ON "t24"."period" = "t38"."period"
            ) AS "t40"
          ) AS "t48"
          LEFT OUTER JOIN (
            SELECT
              "t0"."member_id",
              "t0"."team_id",
              "t0"."company_id",
              "t0"."industry"
            FROM "members" AS "t0"
          ) AS "t4"
            ON "t48"."member_id" = "t4"."member_id"
        ) AS "t54"
      ) AS "t57"
      GROUP BY
        1
    ) AS "t63"
      ON "t71"."period" = "t63"."period"
  ) AS "t72"
) AS "t73"
ORDER BY
  "t73"."period" ASC
