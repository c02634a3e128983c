WITH "t2" AS (
  SELECT
    "t0"."member_id",
    "t0"."joined_at",
    "t0"."team_id",
    "t0"."company_id",
    "t0"."industry",
    DATE_TRUNC('MONTH', "t0"."joined_at") AS "cohort"
  FROM "members" AS "t0"
  WHERE
    "t0"."joined_at" IS NOT NULL
    AND "t0"."joined_at" >= MAKE_TIMESTAMP(2026, 1, 1, 0, 0, 0.0)
    AND "t0"."joined_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
)
SELECT
  "t13"."cohort",
  "t13"."periods_since_signup",
  "t13"."cohort_size",
  "t13"."retained",
  CAST("t13"."retained" AS DOUBLE) / "t13"."cohort_size" AS "retention"
FROM (
  SELECT
    "t12"."cohort",
    "t12"."periods_since_signup",
    "t12"."retained",
    "t8"."cohort_size"
  FROM (
    SELECT
      "t10"."cohort",
      "t10"."periods_since_signup",
      COUNT(DISTINCT "t10"."member_id") AS "retained"
    FROM (
      SELECT
        "t9"."member_id",
        "t9"."period",
        "t9"."joined_at",
        "t9"."team_id",
        "t9"."company_id",
        "t9"."industry",
        "t9"."cohort",
        DATE_DIFF('MONTH', "t9"."cohort", "t9"."period") AS "periods_since_signup"
      FROM (
        SELECT
          "t5"."member_id",
          "t5"."period",
          "t6"."joined_at",
          "t6"."team_id",
          "t6"."company_id",
          "t6"."industry",
          "t6"."cohort"
        FROM (
          SELECT DISTINCT
            "t1"."member_id",
            DATE_TRUNC('MONTH', "t1"."occurred_at") AS "period"
          FROM "activity" AS "t1"
          WHERE
            "t1"."occurred_at" < MAKE_TIMESTAMP(2026, 4, 1, 0, 0, 0.0)
        ) AS "t5"
        INNER JOIN "t2" AS "t6"
          ON "t5"."member_id" = "t6"."member_id"
      ) AS "t9"
      WHERE
        "t9"."period" >= "t9"."cohort"
    ) AS "t10"
    GROUP BY
      1,
      2
  ) AS "t12"
  INNER JOIN (
    SELECT
      "t4"."cohort",
      COUNT(*) AS "cohort_size"
    FROM "t2" AS "t4"
    GROUP BY
      1
  ) AS "t8"
    ON "t12"."cohort" = "t8"."cohort"
) AS "t13"
ORDER BY
  "t13"."cohort" ASC,
  "t13"."periods_since_signup" ASC
