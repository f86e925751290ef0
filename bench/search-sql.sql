-- The SQL peer of the search benchmark (issue 4): the ten representative queries written by hand
-- over MatBank's record tables, on the schema as it is (V1..V3; no index added for the peer).
-- Data: bench/SearchData.java (synthetic steel histories). A material is a material_run; its
-- process (material -produced_by-> process_run), its spec (material -spec-> material_spec, which
-- holds the composition in its body) and its measurements (measurement_run -measures-> material)
-- are reached through history_edge. Values are compared in SI, as MatBank stores them in
-- attribute_value.si_value: MPa/GPa -> Pa, °C -> K (20 °C = 293.15), % -> fraction (15 % = 0.15).
-- The SI bounds below are the exact doubles org.matbank.shared.Units.toSi gives for the values
-- as asked (checked: 1.2 GPa = 1.2E9, 400 °C = 673.15, 20 °C = 293.15, 15 % = 0.15).
--
-- Material specs are not counted as materials: a spec is reached from its run (q02, q03, q07).
-- Every query answers one row: n (how many distinct materials match) and first (the first 50
-- material ids in id order; q08: in descending tensile strength), q10 also the facet counts.
-- Materials are counted once however many measurements of them match ("distinct").
--
-- bench/SqlPeer.java runs each statement below (split at the "-- name:" lines) 3 + 30 times.
-- They run as they are in psql too:
--   psql -h localhost -p $(sed -n 4p DIR/postgres/postmaster.pid) -U postgres matbank -f bench/search-sql.sql

-- name: q01 tensile strength >= 1.2 GPa
with hits as materialized (
    select distinct e.upstream_id as id
    from attribute_value a
    join history_edge e on e.downstream_id = a.object_id and e.relation = 'measures'
    where a.name = 'tensile strength' and a.attribute_type = 'property' and a.si_value >= 1.2e9)
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q02 composition Cr 0.5..2 wt%
with hits as materialized (
    select distinct e.downstream_id as id
    from record_object s
    join history_edge e on e.upstream_id = s.id and e.relation = 'spec'
    where s.kind = 'material_spec'
      and s.body @? '$.properties[*] ? (@.name == "elemental composition").value ? (@.basis == "mass").quantities.Cr ? (@ >= 0.5 && @ <= 2)')
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q03 elements include Cr and Mo, at most 6 components
-- (components counted with Fe, the balance: Fe, C, Mn, Cr, Mo and at most one more)
with hits as materialized (
    select distinct e.downstream_id as id
    from record_object s
    join history_edge e on e.upstream_id = s.id and e.relation = 'spec'
    cross join lateral (
        select p -> 'value' -> 'quantities' as q
        from jsonb_array_elements(s.body -> 'properties') p
        where p ->> 'name' = 'elemental composition') c
    where s.kind = 'material_spec'
      and c.q ?& array['Cr', 'Mo']
      and (select count(*) from jsonb_object_keys(c.q)) <= 6)
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q04 tempering temperature 400..600 °C
with hits as materialized (
    select distinct e.downstream_id as id
    from attribute_value a
    join history_edge e on e.upstream_id = a.object_id and e.relation = 'produced_by'
    where a.name = 'tempering temperature' and a.attribute_type = 'parameter'
      and a.si_value between 673.15 and 873.15)
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q05 text 인장강도 in notes
with hits as materialized (
    select id
    from record_object
    where kind = 'material_run' and body ->> 'notes' ilike '%인장강도%')
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q06 q01 and institution KIMS
with hits as materialized (
    select distinct e.upstream_id as id
    from attribute_value a
    join history_edge e on e.downstream_id = a.object_id and e.relation = 'measures'
    join record_object m on m.id = e.upstream_id
    where a.name = 'tensile strength' and a.attribute_type = 'property' and a.si_value >= 1.2e9
      and m.institution = 'KIMS')
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q07 q04 and q02
with tempered as (
    select e.downstream_id as id
    from attribute_value a
    join history_edge e on e.upstream_id = a.object_id and e.relation = 'produced_by'
    where a.name = 'tempering temperature' and a.attribute_type = 'parameter'
      and a.si_value between 673.15 and 873.15),
chromium as (
    select e.downstream_id as id
    from record_object s
    join history_edge e on e.upstream_id = s.id and e.relation = 'spec'
    where s.kind = 'material_spec'
      and s.body @? '$.properties[*] ? (@.name == "elemental composition").value ? (@.basis == "mass").quantities.Cr ? (@ >= 0.5 && @ <= 2)'),
hits as materialized (
    select id from tempered intersect select id from chromium)
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q08 yield strength 500..800 MPa, by tensile strength descending
with hits as materialized (
    select e.upstream_id as id, max(t.si_value) as tensile
    from attribute_value y
    join attribute_value t on t.object_id = y.object_id and t.name = 'tensile strength' and t.attribute_type = 'property'
    join history_edge e on e.downstream_id = y.object_id and e.relation = 'measures'
    where y.name = 'yield strength' and y.attribute_type = 'property' and y.si_value between 5e8 and 8e8
    group by e.upstream_id)
select (select count(*) from hits) as n,
       array(select id from hits order by tensile desc, id limit 50) as first;

-- name: q09 test temperature 20 °C and elongation >= 15 %
with hits as materialized (
    select distinct e.upstream_id as id
    from attribute_value el
    join attribute_value tt on tt.object_id = el.object_id and tt.name = 'test temperature'
        and tt.attribute_type = 'condition' and tt.si_value = 293.15
    join history_edge e on e.downstream_id = el.object_id and e.relation = 'measures'
    where el.name = 'elongation' and el.attribute_type = 'property' and el.si_value >= 0.15)
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first;

-- name: q10 q01 with counts by institution
with hits as materialized (
    select distinct e.upstream_id as id
    from attribute_value a
    join history_edge e on e.downstream_id = a.object_id and e.relation = 'measures'
    where a.name = 'tensile strength' and a.attribute_type = 'property' and a.si_value >= 1.2e9)
select (select count(*) from hits) as n,
       array(select id from hits order by id limit 50) as first,
       (select json_object_agg(institution, n order by n desc) from (
            select m.institution, count(*) as n from hits join record_object m on m.id = hits.id
            group by m.institution) f) as facet;
