-- unassigned_leads
SELECT
  COUNT(*) AS "CountStar()"
FROM (
  SELECT
    *
  FROM "leads" AS "t0"
  WHERE
    COALESCE("t0"."assigned_at", "t0"."created_at") IS NOT NULL
    AND COALESCE("t0"."assigned_at", "t0"."created_at") >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
    AND COALESCE("t0"."assigned_at", "t0"."created_at") < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
    AND "t0"."owner_id" IS NULL
) AS "t1"
-- untouched_leads
SELECT
  SUM("t17"."untouched") AS "Sum(untouched)"
FROM (
  SELECT
    "t16"."member_id",
    "t16"."period",
    "t16"."hours_to_first_touch",
    "t16"."untouched",
    "t16"."inbound",
    "t16"."inbound_qualified",
    "t16"."team_id",
    "t16"."company_id",
    "t16"."industry"
  FROM (
    SELECT
      "t15"."member_id",
      "t15"."period",
      "t15"."hours_to_first_touch",
      "t15"."untouched",
      "t15"."inbound",
      "t15"."inbound_qualified",
      "t4"."member_id" AS "member_id_right",
      "t4"."team_id",
      "t4"."company_id",
      "t4"."industry"
    FROM (
      SELECT
        "t13"."owner_id" AS "member_id",
        DATE_TRUNC('MONTH', "t13"."assigned") AS "period",
        CAST((
          CAST(CAST(EXTRACT(epoch FROM CAST("t13"."first_touch" AS TIMESTAMP) - CAST("t13"."assigned" AS TIMESTAMP)) * 1000000 AS BIGINT) AS DOUBLE PRECISION) / 1000000.0
        ) AS DOUBLE PRECISION) / 3600.0 AS "hours_to_first_touch",
        CAST("t13"."first_touch" IS NULL AS BIGINT) AS "untouched",
        CAST("t13"."source" = 'inbound' AS BIGINT) AS "inbound",
        CAST((
          "t13"."source" = 'inbound'
        ) AND (
          "t13"."qualified_at" IS NOT NULL
        ) AS BIGINT) AS "inbound_qualified"
      FROM (
        SELECT
          "t8"."lead_id",
          "t8"."source",
          "t8"."created_at",
          "t8"."owner_id",
          "t8"."assigned_at",
          "t8"."qualified_at",
          "t8"."disqualified_at",
          "t8"."converted_opportunity_id",
          "t8"."account_id",
          "t8"."assigned",
          "t12"."lead_id" AS "lead_id_right",
          "t12"."first_touch"
        FROM (
          SELECT
            "t1"."lead_id",
            "t1"."source",
            "t1"."created_at",
            "t1"."owner_id",
            "t1"."assigned_at",
            "t1"."qualified_at",
            "t1"."disqualified_at",
            "t1"."converted_opportunity_id",
            "t1"."account_id",
            COALESCE("t1"."assigned_at", "t1"."created_at") AS "assigned"
          FROM "leads" AS "t1"
          WHERE
            "t1"."owner_id" IS NOT NULL
            AND COALESCE("t1"."assigned_at", "t1"."created_at") IS NOT NULL
            AND COALESCE("t1"."assigned_at", "t1"."created_at") >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
            AND COALESCE("t1"."assigned_at", "t1"."created_at") < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
        ) AS "t8"
        LEFT OUTER JOIN (
          SELECT
            "t10"."lead_id",
            MIN("t10"."occurred_at") AS "first_touch"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t8"."lead_id",
                "t8"."source",
                "t8"."created_at",
                "t8"."owner_id",
                "t8"."assigned_at",
                "t8"."qualified_at",
                "t8"."disqualified_at",
                "t8"."converted_opportunity_id",
                "t8"."account_id",
                "t8"."assigned",
                "t7"."touch_id",
                "t7"."rep_id",
                "t7"."opportunity_id",
                "t7"."channel",
                "t7"."occurred_at",
                "t7"."duration_s",
                "t7"."content_shared"
              FROM (
                SELECT
                  "t1"."lead_id",
                  "t1"."source",
                  "t1"."created_at",
                  "t1"."owner_id",
                  "t1"."assigned_at",
                  "t1"."qualified_at",
                  "t1"."disqualified_at",
                  "t1"."converted_opportunity_id",
                  "t1"."account_id",
                  COALESCE("t1"."assigned_at", "t1"."created_at") AS "assigned"
                FROM "leads" AS "t1"
                WHERE
                  "t1"."owner_id" IS NOT NULL
                  AND COALESCE("t1"."assigned_at", "t1"."created_at") IS NOT NULL
                  AND COALESCE("t1"."assigned_at", "t1"."created_at") >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                  AND COALESCE("t1"."assigned_at", "t1"."created_at") < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
              ) AS "t8"
              INNER JOIN (
                SELECT
                  *
                FROM "touches" AS "t2"
                WHERE
                  "t2"."lead_id" IS NOT NULL
              ) AS "t7"
                ON "t8"."lead_id" = "t7"."lead_id" AND "t8"."owner_id" = "t7"."rep_id"
            ) AS "t9"
            WHERE
              "t9"."occurred_at" >= "t9"."assigned"
          ) AS "t10"
          GROUP BY
            1
        ) AS "t12"
          ON "t8"."lead_id" = "t12"."lead_id"
      ) AS "t13"
    ) AS "t15"
    LEFT OUTER JOIN (
      SELECT
        "t0"."member_id",
        "t0"."team_id",
        "t0"."company_id",
        "t0"."industry"
      FROM "members" AS "t0"
    ) AS "t4"
      ON "t15"."member_id" = "t4"."member_id"
  ) AS "t16"
) AS "t17"
-- touches_before_assignment
SELECT
  COUNT(*) AS "CountStar()"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t4"."lead_id",
      "t4"."source",
      "t4"."created_at",
      "t4"."owner_id",
      "t4"."assigned_at",
      "t4"."qualified_at",
      "t4"."disqualified_at",
      "t4"."converted_opportunity_id",
      "t4"."account_id",
      "t4"."assigned",
      "t2"."touch_id",
      "t2"."rep_id",
      "t2"."opportunity_id",
      "t2"."channel",
      "t2"."occurred_at",
      "t2"."duration_s",
      "t2"."content_shared"
    FROM (
      SELECT
        "t0"."lead_id",
        "t0"."source",
        "t0"."created_at",
        "t0"."owner_id",
        "t0"."assigned_at",
        "t0"."qualified_at",
        "t0"."disqualified_at",
        "t0"."converted_opportunity_id",
        "t0"."account_id",
        COALESCE("t0"."assigned_at", "t0"."created_at") AS "assigned"
      FROM "leads" AS "t0"
      WHERE
        "t0"."owner_id" IS NOT NULL
        AND COALESCE("t0"."assigned_at", "t0"."created_at") IS NOT NULL
        AND COALESCE("t0"."assigned_at", "t0"."created_at") >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
        AND COALESCE("t0"."assigned_at", "t0"."created_at") < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
    ) AS "t4"
    INNER JOIN "touches" AS "t2"
      ON "t4"."lead_id" = "t2"."lead_id"
  ) AS "t5"
  WHERE
    "t5"."occurred_at" < "t5"."assigned"
) AS "t6"
-- touches_after_close
SELECT
  COUNT(*) AS "CountStar()"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t9"."opportunity_id",
      "t9"."closed_at",
      "t13"."deal_id",
      "t13"."touched_at"
    FROM (
      SELECT
        "t0"."opportunity_id",
        "t0"."closed_at"
      FROM "opportunities" AS "t0"
      WHERE
        (
          (
            "t0"."closed_at" IS NULL
          ) OR (
            "t0"."closed_at" >= "t0"."created_at"
          )
        )
        AND "t0"."outcome" IN ('won', 'lost')
        AND "t0"."closed_at" IS NOT NULL
        AND "t0"."closed_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
        AND "t0"."closed_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
    ) AS "t9"
    INNER JOIN (
      SELECT
        *
      FROM (
        SELECT
          "t1"."opportunity_id" AS "deal_id",
          "t1"."occurred_at" AS "touched_at"
        FROM "touches" AS "t1"
        WHERE
          "t1"."opportunity_id" IS NOT NULL
      ) AS "t3"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t10"."converted_opportunity_id" AS "deal_id",
          "t10"."occurred_at" AS "touched_at"
        FROM (
          SELECT
            "t7"."touch_id",
            "t7"."rep_id",
            "t7"."lead_id",
            "t7"."opportunity_id",
            "t7"."channel",
            "t7"."occurred_at",
            "t7"."duration_s",
            "t7"."content_shared",
            "t8"."source",
            "t8"."created_at",
            "t8"."owner_id",
            "t8"."assigned_at",
            "t8"."qualified_at",
            "t8"."disqualified_at",
            "t8"."converted_opportunity_id",
            "t8"."account_id",
            "t8"."assigned"
          FROM (
            SELECT
              *
            FROM "touches" AS "t1"
            WHERE
              "t1"."opportunity_id" IS NULL AND "t1"."lead_id" IS NOT NULL
          ) AS "t7"
          INNER JOIN (
            SELECT
              "t2"."lead_id",
              "t2"."source",
              "t2"."created_at",
              "t2"."owner_id",
              "t2"."assigned_at",
              "t2"."qualified_at",
              "t2"."disqualified_at",
              "t2"."converted_opportunity_id",
              "t2"."account_id",
              COALESCE("t2"."assigned_at", "t2"."created_at") AS "assigned"
            FROM "leads" AS "t2"
            WHERE
              "t2"."owner_id" IS NOT NULL AND "t2"."converted_opportunity_id" IS NOT NULL
          ) AS "t8"
            ON "t7"."lead_id" = "t8"."lead_id"
        ) AS "t10"
        WHERE
          "t10"."occurred_at" >= "t10"."assigned"
      ) AS "t11"
    ) AS "t13"
      ON "t9"."opportunity_id" = "t13"."deal_id"
  ) AS "t14"
  WHERE
    "t14"."touched_at" > "t14"."closed_at"
) AS "t15"
-- deals_closed_before_created
SELECT
  COUNT(*) AS "CountStar()"
FROM (
  SELECT
    *
  FROM "opportunities" AS "t0"
  WHERE
    "t0"."closed_at" < "t0"."created_at"
    AND (
      (
        (
          "t0"."created_at" IS NOT NULL
        )
        AND (
          "t0"."created_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
        )
        AND (
          "t0"."created_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
        )
      )
      OR (
        (
          "t0"."closed_at" IS NOT NULL
        )
        AND (
          "t0"."closed_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
        )
        AND (
          "t0"."closed_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
        )
      )
    )
) AS "t1"
