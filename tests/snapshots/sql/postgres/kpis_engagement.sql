WITH "t14" AS (
  SELECT
    "t13"."content_id",
    "t13"."period",
    SUM(CAST("t13"."event_type" = 'content_view' AS BIGINT)) AS "views__num",
    SUM(CAST("t13"."event_type" = 'reaction' AS BIGINT)) AS "likes__num",
    SUM(CAST("t13"."event_type" = 'comment' AS BIGINT)) AS "comments__num",
    SUM(CAST("t13"."event_type" = 'share' AS BIGINT)) AS "shares__num",
    SUM(CAST("t13"."event_type" IN ('reaction', 'comment', 'share') AS BIGINT)) AS "engagement_rate__num",
    SUM(CAST("t13"."event_type" = 'content_view' AS BIGINT)) AS "engagement_rate__den"
  FROM (
    SELECT
      "t12"."content_id",
      "t12"."member_id",
      "t12"."event_type",
      "t12"."period",
      "t12"."team_id",
      "t12"."company_id",
      "t12"."industry"
    FROM (
      SELECT
        "t11"."content_id",
        "t11"."member_id",
        "t11"."event_type",
        "t11"."period",
        "t5"."member_id" AS "member_id_right",
        "t5"."team_id",
        "t5"."company_id",
        "t5"."industry"
      FROM (
        SELECT
          "t9"."content_id",
          "t9"."author" AS "member_id",
          "t9"."event_type",
          "t9"."period"
        FROM (
          SELECT
            "t8"."content_id",
            COALESCE("t7"."author_id", "t8"."target_member_id") AS "author",
            "t8"."event_type",
            DATE_TRUNC('MONTH', "t8"."occurred_at") AS "period"
          FROM (
            SELECT
              *
            FROM "activity" AS "t1"
            WHERE
              "t1"."event_type" IN ('content_view', 'reaction', 'comment', 'share')
              AND "t1"."content_id" IS NOT NULL
              AND "t1"."occurred_at" IS NOT NULL
              AND "t1"."occurred_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
              AND "t1"."occurred_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
          ) AS "t8"
          LEFT OUTER JOIN (
            SELECT
              "t2"."content_id",
              "t2"."author_id"
            FROM "content" AS "t2"
          ) AS "t7"
            ON "t8"."content_id" = "t7"."content_id"
        ) AS "t9"
      ) AS "t11"
      LEFT OUTER JOIN (
        SELECT
          "t0"."member_id",
          "t0"."team_id",
          "t0"."company_id",
          "t0"."industry"
        FROM "members" AS "t0"
      ) AS "t5"
        ON "t11"."member_id" = "t5"."member_id"
    ) AS "t12"
  ) AS "t13"
  GROUP BY
    1,
    2
)
SELECT
  "t20"."content_id",
  "t20"."period",
  COALESCE("t20"."views__num", 0) AS "views",
  COALESCE("t20"."likes__num", 0) AS "likes",
  COALESCE("t20"."comments__num", 0) AS "comments",
  COALESCE("t20"."shares__num", 0) AS "shares",
  CAST("t20"."engagement_rate__num" AS DOUBLE PRECISION) / NULLIF("t20"."engagement_rate__den", 0) AS "engagement_rate"
FROM (
  SELECT
    "t19"."content_id",
    "t19"."period",
    "t19"."views__num",
    "t19"."likes__num",
    "t19"."comments__num",
    "t19"."shares__num",
    "t19"."engagement_rate__num",
    "t19"."engagement_rate__den"
  FROM (
    SELECT
      "t18"."content_id",
      "t18"."period",
      "t16"."content_id" AS "content_id_right",
      "t16"."period" AS "period_right",
      "t16"."views__num",
      "t16"."likes__num",
      "t16"."comments__num",
      "t16"."shares__num",
      "t16"."engagement_rate__num",
      "t16"."engagement_rate__den"
    FROM (
      SELECT
        "t15"."content_id",
        "t15"."period"
      FROM "t14" AS "t15"
    ) AS "t18"
    LEFT OUTER JOIN "t14" AS "t16"
      ON "t18"."content_id" = "t16"."content_id" AND "t18"."period" = "t16"."period"
  ) AS "t19"
) AS "t20"
ORDER BY
  "t20"."content_id" ASC,
  "t20"."period" ASC
