WITH `t7` AS (
  SELECT
    `t6`.`campaign_id`,
    `t6`.`period`,
    SUM(`t6`.`impressions`) AS `impressions__num`,
    SUM(`t6`.`clicks`) AS `clicks__num`,
    SUM(`t6`.`conversions`) AS `conversions__num`,
    SUM(`t6`.`spend`) AS `spend__num`,
    SUM(`t6`.`revenue`) AS `revenue__num`,
    SUM(`t6`.`clicks`) AS `ctr__num`,
    SUM(`t6`.`impressions`) AS `ctr__den`,
    SUM(`t6`.`conversions`) AS `conversion_rate__num`,
    SUM(`t6`.`clicks`) AS `conversion_rate__den`,
    SUM(`t6`.`spend`) AS `cpc__num`,
    SUM(`t6`.`clicks`) AS `cpc__den`,
    SUM(`t6`.`spend`) AS `cost_per_conversion__num`,
    SUM(`t6`.`conversions`) AS `cost_per_conversion__den`,
    SUM(`t6`.`revenue`) - SUM(`t6`.`spend`) AS `roi__num`,
    SUM(`t6`.`spend`) AS `roi__den`
  FROM (
    SELECT
      `t5`.`campaign_id`,
      `t3`.`company_id`,
      `t5`.`period`,
      `t5`.`impressions`,
      `t5`.`clicks`,
      `t5`.`conversions`,
      `t5`.`spend`,
      COALESCE(`t5`.`revenue`, 0) AS `revenue`
    FROM (
      SELECT
        `t0`.`campaign_id`,
        `t0`.`date`,
        `t0`.`impressions`,
        `t0`.`clicks`,
        `t0`.`conversions`,
        `t0`.`spend`,
        `t0`.`revenue`,
        DATE_TRUNC('month', CAST(`t0`.`date` AS TIMESTAMP)) AS `period`
      FROM `ads` AS `t0`
      WHERE
        CAST(`t0`.`date` AS TIMESTAMP) IS NOT NULL
        AND CAST(`t0`.`date` AS TIMESTAMP) >= CAST('2026-01-01T00:00:00' AS TIMESTAMP)
        AND CAST(`t0`.`date` AS TIMESTAMP) < CAST('2026-04-01T00:00:00' AS TIMESTAMP)
    ) AS `t5`
    LEFT OUTER JOIN (
      SELECT
        `t1`.`campaign_id`,
        `t1`.`company_id`
      FROM `campaigns` AS `t1`
    ) AS `t3`
      ON `t5`.`campaign_id` = `t3`.`campaign_id`
  ) AS `t6`
  GROUP BY
    1,
    2
)
SELECT
  `t13`.`campaign_id`,
  `t13`.`period`,
  COALESCE(`t13`.`impressions__num`, 0) AS `impressions`,
  COALESCE(`t13`.`clicks__num`, 0) AS `clicks`,
  COALESCE(`t13`.`conversions__num`, 0) AS `conversions`,
  COALESCE(`t13`.`spend__num`, 0) AS `spend`,
  COALESCE(`t13`.`revenue__num`, 0) AS `revenue`,
  CAST(`t13`.`ctr__num` AS DOUBLE) / NULLIF(`t13`.`ctr__den`, 0) AS `ctr`,
  CAST(`t13`.`conversion_rate__num` AS DOUBLE) / NULLIF(`t13`.`conversion_rate__den`, 0) AS `conversion_rate`,
  `t13`.`cpc__num` / NULLIF(`t13`.`cpc__den`, 0) AS `cpc`,
  `t13`.`cost_per_conversion__num` / NULLIF(`t13`.`cost_per_conversion__den`, 0) AS `cost_per_conversion`,
  `t13`.`roi__num` / NULLIF(`t13`.`roi__den`, 0) AS `roi`
FROM (
  SELECT
    `t12`.`campaign_id`,
    `t12`.`period`,
    `t12`.`impressions__num`,
    `t12`.`clicks__num`,
    `t12`.`conversions__num`,
    `t12`.`spend__num`,
    `t12`.`revenue__num`,
    `t12`.`ctr__num`,
    `t12`.`ctr__den`,
    `t12`.`conversion_rate__num`,
    `t12`.`conversion_rate__den`,
    `t12`.`cpc__num`,
    `t12`.`cpc__den`,
    `t12`.`cost_per_conversion__num`,
    `t12`.`cost_per_conversion__den`,
    `t12`.`roi__num`,
    `t12`.`roi__den`
  FROM (
    SELECT
      `t11`.`campaign_id`,
      `t11`.`period`,
      `t9`.`campaign_id` AS `campaign_id_right`,
      `t9`.`period` AS `period_right`,
      `t9`.`impressions__num`,
      `t9`.`clicks__num`,
      `t9`.`conversions__num`,
      `t9`.`spend__num`,
      `t9`.`revenue__num`,
      `t9`.`ctr__num`,
      `t9`.`ctr__den`,
      `t9`.`conversion_rate__num`,
      `t9`.`conversion_rate__den`,
      `t9`.`cpc__num`,
      `t9`.`cpc__den`,
      `t9`.`cost_per_conversion__num`,
      `t9`.`cost_per_conversion__den`,
      `t9`.`roi__num`,
      `t9`.`roi__den`
    FROM (
      SELECT
        `t8`.`campaign_id`,
        `t8`.`period`
      FROM `t7` AS `t8`
    ) AS `t11`
    LEFT OUTER JOIN `t7` AS `t9`
      ON `t11`.`campaign_id` = `t9`.`campaign_id` AND `t11`.`period` = `t9`.`period`
  ) AS `t12`
) AS `t13`
ORDER BY
  `t13`.`campaign_id` ASC NULLS LAST,
  `t13`.`period` ASC NULLS LAST
