WITH "t34" AS (
  SELECT
    "t29"."member_id",
    "t29"."period",
    COUNT(*) AS "opportunities__num",
    SUM("t29"."from_lead") AS "lead_flow_share__num",
    COUNT(*) AS "lead_flow_share__den"
  FROM (
    SELECT
      "t26"."member_id",
      "t26"."period",
      "t26"."from_lead",
      "t26"."team_id",
      "t26"."company_id",
      "t26"."industry"
    FROM (
      SELECT
        "t20"."member_id",
        "t20"."period",
        "t20"."from_lead",
        "t7"."member_id" AS "member_id_right",
        "t7"."team_id",
        "t7"."company_id",
        "t7"."industry"
      FROM (
        SELECT
          "t1"."owner_id" AS "member_id",
          DATE_TRUNC('MONTH', "t1"."created_at") AS "period",
          CAST("t1"."lead_id" IS NOT NULL AS BIGINT) AS "from_lead"
        FROM "opportunities" AS "t1"
        WHERE
          (
            (
              "t1"."closed_at" IS NULL
            ) OR (
              "t1"."closed_at" >= "t1"."created_at"
            )
          )
          AND "t1"."created_at" IS NOT NULL
          AND "t1"."created_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
          AND "t1"."created_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
      ) AS "t20"
      LEFT OUTER JOIN (
        SELECT
          "t0"."member_id",
          "t0"."team_id",
          "t0"."company_id",
          "t0"."industry"
        FROM "members" AS "t0"
      ) AS "t7"
        ON "t20"."member_id" = "t7"."member_id"
    ) AS "t26"
  ) AS "t29"
  GROUP BY
    1,
    2
), "t35" AS (
  SELECT
    "t30"."member_id",
    "t30"."period",
    COUNT(*) AS "qualified_leads__num",
    SUM("t30"."converted") AS "qualified_to_opportunity__num",
    COUNT(*) AS "qualified_to_opportunity__den"
  FROM (
    SELECT
      "t27"."member_id",
      "t27"."period",
      "t27"."converted",
      "t27"."team_id",
      "t27"."company_id",
      "t27"."industry"
    FROM (
      SELECT
        "t23"."member_id",
        "t23"."period",
        "t23"."converted",
        "t7"."member_id" AS "member_id_right",
        "t7"."team_id",
        "t7"."company_id",
        "t7"."industry"
      FROM (
        SELECT
          "t2"."owner_id" AS "member_id",
          DATE_TRUNC('MONTH', "t2"."qualified_at") AS "period",
          CAST("t2"."converted_opportunity_id" IS NOT NULL AS BIGINT) AS "converted"
        FROM "leads" AS "t2"
        WHERE
          "t2"."owner_id" IS NOT NULL
          AND "t2"."qualified_at" IS NOT NULL
          AND "t2"."qualified_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
          AND "t2"."qualified_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
      ) AS "t23"
      LEFT OUTER JOIN (
        SELECT
          "t0"."member_id",
          "t0"."team_id",
          "t0"."company_id",
          "t0"."industry"
        FROM "members" AS "t0"
      ) AS "t7"
        ON "t23"."member_id" = "t7"."member_id"
    ) AS "t27"
  ) AS "t30"
  GROUP BY
    1,
    2
), "t58" AS (
  SELECT
    "t56"."member_id",
    "t56"."period",
    COUNT(*) AS "leads_assigned__num",
    SUM("t56"."untouched") AS "untouched_leads__num",
    PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
      "t56"."hours_to_first_touch") AS "speed_to_lead_median_h__num",
    PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
      "t56"."hours_to_first_touch") AS "speed_to_lead_p90_h__num",
    SUM("t56"."inbound") AS "inbound_leads__num",
    SUM("t56"."inbound_qualified") AS "inbound_qualified_share__num",
    SUM("t56"."inbound") AS "inbound_qualified_share__den"
  FROM (
    SELECT
      "t55"."member_id",
      "t55"."period",
      "t55"."hours_to_first_touch",
      "t55"."untouched",
      "t55"."inbound",
      "t55"."inbound_qualified",
      "t55"."team_id",
      "t55"."company_id",
      "t55"."industry"
    FROM (
      SELECT
        "t51"."member_id",
        "t51"."period",
        "t51"."hours_to_first_touch",
        "t51"."untouched",
        "t51"."inbound",
        "t51"."inbound_qualified",
        "t7"."member_id" AS "member_id_right",
        "t7"."team_id",
        "t7"."company_id",
        "t7"."industry"
      FROM (
        SELECT
          "t46"."owner_id" AS "member_id",
          DATE_TRUNC('MONTH', "t46"."assigned") AS "period",
          CAST((
            CAST(CAST(EXTRACT(epoch FROM CAST("t46"."first_touch" AS TIMESTAMP) - CAST("t46"."assigned" AS TIMESTAMP)) * 1000000 AS BIGINT) AS DOUBLE PRECISION) / 1000000.0
          ) AS DOUBLE PRECISION) / 3600.0 AS "hours_to_first_touch",
          CAST("t46"."first_touch" IS NULL AS BIGINT) AS "untouched",
          CAST("t46"."source" = 'inbound' AS BIGINT) AS "inbound",
          CAST((
            "t46"."source" = 'inbound'
          ) AND (
            "t46"."qualified_at" IS NOT NULL
          ) AS BIGINT) AS "inbound_qualified"
        FROM (
          SELECT
            "t24"."lead_id",
            "t24"."source",
            "t24"."created_at",
            "t24"."owner_id",
            "t24"."assigned_at",
            "t24"."qualified_at",
            "t24"."disqualified_at",
            "t24"."converted_opportunity_id",
            "t24"."account_id",
            "t24"."assigned",
            "t44"."lead_id" AS "lead_id_right",
            "t44"."first_touch"
          FROM (
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
              "t2"."owner_id" IS NOT NULL
              AND COALESCE("t2"."assigned_at", "t2"."created_at") IS NOT NULL
              AND COALESCE("t2"."assigned_at", "t2"."created_at") >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
              AND COALESCE("t2"."assigned_at", "t2"."created_at") < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
          ) AS "t24"
          LEFT OUTER JOIN (
            SELECT
              "t32"."lead_id",
              MIN("t32"."occurred_at") AS "first_touch"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t24"."lead_id",
                  "t24"."source",
                  "t24"."created_at",
                  "t24"."owner_id",
                  "t24"."assigned_at",
                  "t24"."qualified_at",
                  "t24"."disqualified_at",
                  "t24"."converted_opportunity_id",
                  "t24"."account_id",
                  "t24"."assigned",
                  "t19"."touch_id",
                  "t19"."rep_id",
                  "t19"."opportunity_id",
                  "t19"."channel",
                  "t19"."occurred_at",
                  "t19"."duration_s",
                  "t19"."content_shared"
                FROM (
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
                    "t2"."owner_id" IS NOT NULL
                    AND COALESCE("t2"."assigned_at", "t2"."created_at") IS NOT NULL
                    AND COALESCE("t2"."assigned_at", "t2"."created_at") >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                    AND COALESCE("t2"."assigned_at", "t2"."created_at") < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                ) AS "t24"
                INNER JOIN (
                  SELECT
                    *
                  FROM "touches" AS "t3"
                  WHERE
                    "t3"."lead_id" IS NOT NULL
                ) AS "t19"
                  ON "t24"."lead_id" = "t19"."lead_id" AND "t24"."owner_id" = "t19"."rep_id"
              ) AS "t28"
              WHERE
                "t28"."occurred_at" >= "t28"."assigned"
            ) AS "t32"
            GROUP BY
              1
          ) AS "t44"
            ON "t24"."lead_id" = "t44"."lead_id"
        ) AS "t46"
      ) AS "t51"
      LEFT OUTER JOIN (
        SELECT
          "t0"."member_id",
          "t0"."team_id",
          "t0"."company_id",
          "t0"."industry"
        FROM "members" AS "t0"
      ) AS "t7"
        ON "t51"."member_id" = "t7"."member_id"
    ) AS "t55"
  ) AS "t56"
  GROUP BY
    1,
    2
), "t64" AS (
  SELECT
    "t59"."member_id",
    "t59"."period",
    SUM("t59"."won") AS "won_deals__num",
    SUM("t59"."lost") AS "lost_deals__num",
    SUM("t59"."won") AS "win_rate__num",
    SUM("t59"."won") + SUM("t59"."lost") AS "win_rate__den",
    SUM("t59"."won_amount") AS "booked_revenue__num",
    AVG("t59"."won_amount") AS "avg_deal_size__num",
    AVG("t59"."won_cycle_days") AS "sales_cycle_days__num",
    AVG("t59"."won_touches") AS "touches_to_win__num",
    AVG("t59"."lost_touches") AS "touches_to_loss__num"
  FROM (
    SELECT
      "t57"."member_id",
      "t57"."period",
      "t57"."won",
      "t57"."lost",
      "t57"."amount",
      "t57"."won_amount",
      "t57"."won_cycle_days",
      "t57"."won_touches",
      "t57"."lost_touches",
      "t57"."team_id",
      "t57"."company_id",
      "t57"."industry"
    FROM (
      SELECT
        "t54"."member_id",
        "t54"."period",
        "t54"."won",
        "t54"."lost",
        "t54"."amount",
        "t54"."won_amount",
        "t54"."won_cycle_days",
        "t54"."won_touches",
        "t54"."lost_touches",
        "t7"."member_id" AS "member_id_right",
        "t7"."team_id",
        "t7"."company_id",
        "t7"."industry"
      FROM (
        SELECT
          "t52"."owner" AS "member_id",
          "t52"."period",
          "t52"."won",
          "t52"."lost",
          "t52"."amount",
          "t52"."won_amount",
          "t52"."won_cycle_days",
          "t52"."won_touches",
          "t52"."lost_touches"
        FROM (
          SELECT
            "t21"."owner_id" AS "owner",
            DATE_TRUNC('MONTH', "t21"."closed_at") AS "period",
            CAST("t21"."outcome" = 'won' AS BIGINT) AS "won",
            CAST("t21"."outcome" = 'lost' AS BIGINT) AS "lost",
            "t21"."amount",
            CASE
              WHEN "t21"."outcome" = 'won'
              THEN COALESCE("t21"."amount", 0)
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END AS "won_amount",
            CASE
              WHEN "t21"."outcome" = 'won'
              THEN CAST((
                CAST(CAST(EXTRACT(epoch FROM CAST("t21"."closed_at" AS TIMESTAMP) - CAST("t21"."created_at" AS TIMESTAMP)) * 1000000 AS BIGINT) AS DOUBLE PRECISION) / 1000000.0
              ) AS DOUBLE PRECISION) / 86400.0
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END AS "won_cycle_days",
            CASE
              WHEN "t21"."outcome" = 'won'
              THEN COALESCE("t49"."touches", 0)
              ELSE CAST(NULL AS BIGINT)
            END AS "won_touches",
            CASE
              WHEN "t21"."outcome" = 'lost'
              THEN COALESCE("t49"."touches", 0)
              ELSE CAST(NULL AS BIGINT)
            END AS "lost_touches"
          FROM (
            SELECT
              *
            FROM "opportunities" AS "t1"
            WHERE
              (
                (
                  "t1"."closed_at" IS NULL
                ) OR (
                  "t1"."closed_at" >= "t1"."created_at"
                )
              )
              AND "t1"."outcome" IN ('won', 'lost')
              AND "t1"."closed_at" IS NOT NULL
              AND "t1"."closed_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
              AND "t1"."closed_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
          ) AS "t21"
          LEFT OUTER JOIN (
            SELECT
              "t47"."opportunity_id",
              COUNT(*) AS "touches"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t22"."opportunity_id",
                  "t22"."closed_at",
                  "t36"."deal_id",
                  "t36"."touched_at"
                FROM (
                  SELECT
                    "t1"."opportunity_id",
                    "t1"."closed_at"
                  FROM "opportunities" AS "t1"
                  WHERE
                    (
                      (
                        "t1"."closed_at" IS NULL
                      ) OR (
                        "t1"."closed_at" >= "t1"."created_at"
                      )
                    )
                    AND "t1"."outcome" IN ('won', 'lost')
                    AND "t1"."closed_at" IS NOT NULL
                    AND "t1"."closed_at" >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
                    AND "t1"."closed_at" < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
                ) AS "t22"
                INNER JOIN (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t3"."opportunity_id" AS "deal_id",
                      "t3"."occurred_at" AS "touched_at"
                    FROM "touches" AS "t3"
                    WHERE
                      "t3"."opportunity_id" IS NOT NULL
                  ) AS "t9"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t25"."converted_opportunity_id" AS "deal_id",
                      "t25"."occurred_at" AS "touched_at"
                    FROM (
                      SELECT
                        "t18"."touch_id",
                        "t18"."rep_id",
                        "t18"."lead_id",
                        "t18"."opportunity_id",
                        "t18"."channel",
                        "t18"."occurred_at",
                        "t18"."duration_s",
                        "t18"."content_shared",
                        "t17"."source",
                        "t17"."created_at",
                        "t17"."owner_id",
                        "t17"."assigned_at",
                        "t17"."qualified_at",
                        "t17"."disqualified_at",
                        "t17"."converted_opportunity_id",
                        "t17"."account_id",
                        "t17"."assigned"
                      FROM (
                        SELECT
                          *
                        FROM "touches" AS "t3"
                        WHERE
                          "t3"."opportunity_id" IS NULL AND "t3"."lead_id" IS NOT NULL
                      ) AS "t18"
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
                      ) AS "t17"
                        ON "t18"."lead_id" = "t17"."lead_id"
                    ) AS "t25"
                    WHERE
                      "t25"."occurred_at" >= "t25"."assigned"
                  ) AS "t31"
                ) AS "t36"
                  ON "t22"."opportunity_id" = "t36"."deal_id"
              ) AS "t45"
              WHERE
                "t45"."touched_at" <= "t45"."closed_at"
            ) AS "t47"
            GROUP BY
              1
          ) AS "t49"
            ON "t21"."opportunity_id" = "t49"."opportunity_id"
        ) AS "t52"
      ) AS "t54"
      LEFT OUTER JOIN (
        SELECT
          "t0"."member_id",
          "t0"."team_id",
          "t0"."company_id",
          "t0"."industry"
        FROM "members" AS "t0"
      ) AS "t7"
        ON "t54"."member_id" = "t7"."member_id"
    ) AS "t57"
  ) AS "t59"
  GROUP BY
    1,
    2
), "t87" AS (
  SELECT
    "t86"."member_id",
    "t86"."team_id",
    "t86"."period",
    UNNEST(
      ARRAY[
        ROW(CAST('leads_assigned' AS VARCHAR), CAST("t86"."leads_assigned" AS BIGINT)),
        ROW(CAST('untouched_leads' AS VARCHAR), CAST("t86"."untouched_leads" AS BIGINT)),
        ROW(
          CAST('speed_to_lead_median_h' AS VARCHAR),
          CAST("t86"."speed_to_lead_median_h" AS DOUBLE PRECISION)
        ),
        ROW(
          CAST('speed_to_lead_p90_h' AS VARCHAR),
          CAST("t86"."speed_to_lead_p90_h" AS DOUBLE PRECISION)
        ),
        ROW(CAST('inbound_leads' AS VARCHAR), CAST("t86"."inbound_leads" AS BIGINT)),
        ROW(
          CAST('inbound_qualified_share' AS VARCHAR),
          CAST("t86"."inbound_qualified_share" AS DOUBLE PRECISION)
        ),
        ROW(CAST('qualified_leads' AS VARCHAR), CAST("t86"."qualified_leads" AS BIGINT)),
        ROW(
          CAST('qualified_to_opportunity' AS VARCHAR),
          CAST("t86"."qualified_to_opportunity" AS DOUBLE PRECISION)
        ),
        ROW(CAST('opportunities' AS VARCHAR), CAST("t86"."opportunities" AS BIGINT)),
        ROW(
          CAST('lead_flow_share' AS VARCHAR),
          CAST("t86"."lead_flow_share" AS DOUBLE PRECISION)
        ),
        ROW(CAST('won_deals' AS VARCHAR), CAST("t86"."won_deals" AS BIGINT)),
        ROW(CAST('lost_deals' AS VARCHAR), CAST("t86"."lost_deals" AS BIGINT)),
        ROW(CAST('win_rate' AS VARCHAR), CAST("t86"."win_rate" AS DOUBLE PRECISION)),
        ROW(
          CAST('booked_revenue' AS VARCHAR),
          CAST("t86"."booked_revenue" AS DOUBLE PRECISION)
        ),
        ROW(CAST('avg_deal_size' AS VARCHAR), CAST("t86"."avg_deal_size" AS DOUBLE PRECISION)),
        ROW(
          CAST('sales_cycle_days' AS VARCHAR),
          CAST("t86"."sales_cycle_days" AS DOUBLE PRECISION)
        ),
        ROW(
          CAST('touches_to_win' AS VARCHAR),
          CAST("t86"."touches_to_win" AS DOUBLE PRECISION)
        ),
        ROW(
          CAST('touches_to_loss' AS VARCHAR),
          CAST("t86"."touches_to_loss" AS DOUBLE PRECISION)
        )
      ]
    ) AS "__pivoted__"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t84"."member_id",
        "t6"."team_id",
        "t84"."period",
        "t84"."leads_assigned",
        "t84"."untouched_leads",
        "t84"."speed_to_lead_median_h",
        "t84"."speed_to_lead_p90_h",
        "t84"."inbound_leads",
        "t84"."inbound_qualified_share",
        "t84"."qualified_leads",
        "t84"."qualified_to_opportunity",
        "t84"."opportunities",
        "t84"."lead_flow_share",
        "t84"."won_deals",
        "t84"."lost_deals",
        "t84"."win_rate",
        "t84"."booked_revenue",
        "t84"."avg_deal_size",
        "t84"."sales_cycle_days",
        "t84"."touches_to_win",
        "t84"."touches_to_loss"
      FROM (
        SELECT
          "t82"."member_id",
          "t82"."period",
          COALESCE("t82"."leads_assigned__num", 0) AS "leads_assigned",
          COALESCE("t82"."untouched_leads__num", 0) AS "untouched_leads",
          "t82"."speed_to_lead_median_h__num" AS "speed_to_lead_median_h",
          "t82"."speed_to_lead_p90_h__num" AS "speed_to_lead_p90_h",
          COALESCE("t82"."inbound_leads__num", 0) AS "inbound_leads",
          CAST("t82"."inbound_qualified_share__num" AS DOUBLE PRECISION) / NULLIF("t82"."inbound_qualified_share__den", 0) AS "inbound_qualified_share",
          COALESCE("t82"."qualified_leads__num", 0) AS "qualified_leads",
          CAST("t82"."qualified_to_opportunity__num" AS DOUBLE PRECISION) / NULLIF("t82"."qualified_to_opportunity__den", 0) AS "qualified_to_opportunity",
          COALESCE("t82"."opportunities__num", 0) AS "opportunities",
          CAST("t82"."lead_flow_share__num" AS DOUBLE PRECISION) / NULLIF("t82"."lead_flow_share__den", 0) AS "lead_flow_share",
          COALESCE("t82"."won_deals__num", 0) AS "won_deals",
          COALESCE("t82"."lost_deals__num", 0) AS "lost_deals",
          CAST("t82"."win_rate__num" AS DOUBLE PRECISION) / NULLIF("t82"."win_rate__den", 0) AS "win_rate",
          COALESCE("t82"."booked_revenue__num", 0) AS "booked_revenue",
          "t82"."avg_deal_size__num" AS "avg_deal_size",
          "t82"."sales_cycle_days__num" AS "sales_cycle_days",
          "t82"."touches_to_win__num" AS "touches_to_win",
          "t82"."touches_to_loss__num" AS "touches_to_loss"
        FROM (
          SELECT
            "t81"."member_id",
            "t81"."period",
            "t81"."leads_assigned__num",
            "t81"."untouched_leads__num",
            "t81"."speed_to_lead_median_h__num",
            "t81"."speed_to_lead_p90_h__num",
            "t81"."inbound_leads__num",
            "t81"."inbound_qualified_share__num",
            "t81"."inbound_qualified_share__den",
            "t81"."qualified_leads__num",
            "t81"."qualified_to_opportunity__num",
            "t81"."qualified_to_opportunity__den",
            "t81"."opportunities__num",
            "t81"."lead_flow_share__num",
            "t81"."lead_flow_share__den",
            "t81"."won_deals__num",
            "t81"."lost_deals__num",
            "t81"."win_rate__num",
            "t81"."win_rate__den",
            "t81"."booked_revenue__num",
            "t81"."avg_deal_size__num",
            "t81"."sales_cycle_days__num",
            "t81"."touches_to_win__num",
            "t81"."touches_to_loss__num"
          FROM (
            SELECT
              "t80"."member_id",
              "t80"."period",
              "t80"."leads_assigned__num",
              "t80"."untouched_leads__num",
              "t80"."speed_to_lead_median_h__num",
              "t80"."speed_to_lead_p90_h__num",
              "t80"."inbound_leads__num",
              "t80"."inbound_qualified_share__num",
              "t80"."inbound_qualified_share__den",
              "t80"."qualified_leads__num",
              "t80"."qualified_to_opportunity__num",
              "t80"."qualified_to_opportunity__den",
              "t80"."opportunities__num",
              "t80"."lead_flow_share__num",
              "t80"."lead_flow_share__den",
              "t66"."member_id" AS "member_id_right",
              "t66"."period" AS "period_right",
              "t66"."won_deals__num",
              "t66"."lost_deals__num",
              "t66"."win_rate__num",
              "t66"."win_rate__den",
              "t66"."booked_revenue__num",
              "t66"."avg_deal_size__num",
              "t66"."sales_cycle_days__num",
              "t66"."touches_to_win__num",
              "t66"."touches_to_loss__num"
            FROM (
              SELECT
                "t78"."member_id",
                "t78"."period",
                "t78"."leads_assigned__num",
                "t78"."untouched_leads__num",
                "t78"."speed_to_lead_median_h__num",
                "t78"."speed_to_lead_p90_h__num",
                "t78"."inbound_leads__num",
                "t78"."inbound_qualified_share__num",
                "t78"."inbound_qualified_share__den",
                "t78"."qualified_leads__num",
                "t78"."qualified_to_opportunity__num",
                "t78"."qualified_to_opportunity__den",
                "t78"."opportunities__num",
                "t78"."lead_flow_share__num",
                "t78"."lead_flow_share__den"
              FROM (
                SELECT
                  "t77"."member_id",
                  "t77"."period",
                  "t77"."leads_assigned__num",
                  "t77"."untouched_leads__num",
                  "t77"."speed_to_lead_median_h__num",
                  "t77"."speed_to_lead_p90_h__num",
                  "t77"."inbound_leads__num",
                  "t77"."inbound_qualified_share__num",
                  "t77"."inbound_qualified_share__den",
                  "t77"."qualified_leads__num",
                  "t77"."qualified_to_opportunity__num",
                  "t77"."qualified_to_opportunity__den",
                  "t39"."member_id" AS "member_id_right",
                  "t39"."period" AS "period_right",
                  "t39"."opportunities__num",
                  "t39"."lead_flow_share__num",
                  "t39"."lead_flow_share__den"
                FROM (
                  SELECT
                    "t75"."member_id",
                    "t75"."period",
                    "t75"."leads_assigned__num",
                    "t75"."untouched_leads__num",
                    "t75"."speed_to_lead_median_h__num",
                    "t75"."speed_to_lead_p90_h__num",
                    "t75"."inbound_leads__num",
                    "t75"."inbound_qualified_share__num",
                    "t75"."inbound_qualified_share__den",
                    "t75"."qualified_leads__num",
                    "t75"."qualified_to_opportunity__num",
                    "t75"."qualified_to_opportunity__den"
                  FROM (
                    SELECT
                      "t74"."member_id",
                      "t74"."period",
                      "t74"."leads_assigned__num",
                      "t74"."untouched_leads__num",
                      "t74"."speed_to_lead_median_h__num",
                      "t74"."speed_to_lead_p90_h__num",
                      "t74"."inbound_leads__num",
                      "t74"."inbound_qualified_share__num",
                      "t74"."inbound_qualified_share__den",
                      "t40"."member_id" AS "member_id_right",
                      "t40"."period" AS "period_right",
                      "t40"."qualified_leads__num",
                      "t40"."qualified_to_opportunity__num",
                      "t40"."qualified_to_opportunity__den"
                    FROM (
                      SELECT
                        "t72"."member_id",
                        "t72"."period",
                        "t72"."leads_assigned__num",
                        "t72"."untouched_leads__num",
                        "t72"."speed_to_lead_median_h__num",
                        "t72"."speed_to_lead_p90_h__num",
                        "t72"."inbound_leads__num",
                        "t72"."inbound_qualified_share__num",
                        "t72"."inbound_qualified_share__den"
                      FROM (
                        SELECT
                          "t71"."member_id",
                          "t71"."period",
                          "t61"."member_id" AS "member_id_right",
                          "t61"."period" AS "period_right",
                          "t61"."leads_assigned__num",
                          "t61"."untouched_leads__num",
                          "t61"."speed_to_lead_median_h__num",
                          "t61"."speed_to_lead_p90_h__num",
                          "t61"."inbound_leads__num",
                          "t61"."inbound_qualified_share__num",
                          "t61"."inbound_qualified_share__den"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t60"."member_id",
                                  "t60"."period"
                                FROM "t58" AS "t60"
                              ) AS "t62"
                              UNION
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t38"."member_id",
                                  "t38"."period"
                                FROM "t35" AS "t38"
                              ) AS "t43"
                            ) AS "t63"
                            UNION
                            SELECT
                              *
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t37"."member_id",
                                  "t37"."period"
                                FROM "t34" AS "t37"
                              ) AS "t42"
                              UNION
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t65"."member_id",
                                  "t65"."period"
                                FROM "t64" AS "t65"
                              ) AS "t67"
                            ) AS "t68"
                          ) AS "t69"
                        ) AS "t71"
                        LEFT OUTER JOIN "t58" AS "t61"
                          ON "t71"."member_id" = "t61"."member_id" AND "t71"."period" = "t61"."period"
                      ) AS "t72"
                    ) AS "t74"
                    LEFT OUTER JOIN "t35" AS "t40"
                      ON "t74"."member_id" = "t40"."member_id" AND "t74"."period" = "t40"."period"
                  ) AS "t75"
                ) AS "t77"
                LEFT OUTER JOIN "t34" AS "t39"
                  ON "t77"."member_id" = "t39"."member_id" AND "t77"."period" = "t39"."period"
              ) AS "t78"
            ) AS "t80"
            LEFT OUTER JOIN "t64" AS "t66"
              ON "t80"."member_id" = "t66"."member_id" AND "t80"."period" = "t66"."period"
          ) AS "t81"
        ) AS "t82"
        ORDER BY
          "t82"."member_id" ASC,
          "t82"."period" ASC
      ) AS "t84"
      LEFT OUTER JOIN (
        SELECT
          "t0"."member_id",
          "t0"."team_id"
        FROM "members" AS "t0"
      ) AS "t6"
        ON "t84"."member_id" = "t6"."member_id"
    ) AS "t85"
    ORDER BY
      "t85"."member_id" ASC,
      "t85"."period" ASC
  ) AS "t86"
), "t91" AS (
  SELECT
    "t88"."member_id",
    "t88"."team_id",
    "t88"."period",
    CAST(JSONB_EXTRACT_PATH(TO_JSONB("t88"."__pivoted__"), 'f1') AS VARCHAR) AS "metric",
    CAST(JSONB_EXTRACT_PATH(TO_JSONB("t88"."__pivoted__"), 'f2') AS DOUBLE PRECISION) AS "value"
  FROM "t87" AS "t88"
  WHERE
    CAST(JSONB_EXTRACT_PATH(TO_JSONB("t88"."__pivoted__"), 'f2') AS DOUBLE PRECISION) IS NOT NULL
)
SELECT
  *
FROM (
  SELECT
    "t100"."member_id",
    "t100"."team_id",
    "t100"."period",
    "t100"."metric",
    "t100"."value",
    "t100"."team_median",
    "t100"."team_reps",
    "t100"."team_percentile"
  FROM (
    SELECT
      "t99"."member_id",
      "t99"."team_id",
      "t99"."period",
      "t99"."metric",
      "t99"."value",
      "t99"."team_median",
      "t99"."team_reps",
      "t96"."member_id" AS "member_id_right",
      "t96"."period" AS "period_right",
      "t96"."metric" AS "metric_right",
      "t96"."team_percentile"
    FROM (
      SELECT
        "t97"."member_id",
        "t97"."team_id",
        "t97"."period",
        "t97"."metric",
        "t97"."value",
        "t97"."team_median",
        "t97"."team_reps"
      FROM (
        SELECT
          "t90"."member_id",
          "t90"."team_id",
          "t90"."period",
          "t90"."metric",
          "t90"."value",
          "t94"."team_id" AS "team_id_right",
          "t94"."period" AS "period_right",
          "t94"."metric" AS "metric_right",
          "t94"."team_median",
          "t94"."team_reps"
        FROM (
          SELECT
            "t88"."member_id",
            "t88"."team_id",
            "t88"."period",
            CAST(JSONB_EXTRACT_PATH(TO_JSONB("t88"."__pivoted__"), 'f1') AS VARCHAR) AS "metric",
            CAST(JSONB_EXTRACT_PATH(TO_JSONB("t88"."__pivoted__"), 'f2') AS DOUBLE PRECISION) AS "value"
          FROM "t87" AS "t88"
        ) AS "t90"
        LEFT OUTER JOIN (
          SELECT
            "t92"."team_id",
            "t92"."period",
            "t92"."metric",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t92"."value") AS "team_median",
            COUNT(DISTINCT "t92"."member_id") AS "team_reps"
          FROM "t91" AS "t92"
          GROUP BY
            1,
            2,
            3
        ) AS "t94"
          ON "t90"."team_id" = "t94"."team_id"
          AND "t90"."period" = "t94"."period"
          AND "t90"."metric" = "t94"."metric"
      ) AS "t97"
    ) AS "t99"
    LEFT OUTER JOIN (
      SELECT
        "t92"."member_id",
        "t92"."period",
        "t92"."metric",
        CUME_DIST() OVER (
          PARTITION BY "t92"."team_id", "t92"."period", "t92"."metric"
          ORDER BY "t92"."value" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) * 100.0 AS "team_percentile"
      FROM "t91" AS "t92"
    ) AS "t96"
      ON "t99"."member_id" = "t96"."member_id"
      AND "t99"."period" = "t96"."period"
      AND "t99"."metric" = "t96"."metric"
  ) AS "t100"
) AS "t101"
ORDER BY
  "t101"."member_id" ASC,
  "t101"."period" ASC,
  "t101"."metric" ASC
