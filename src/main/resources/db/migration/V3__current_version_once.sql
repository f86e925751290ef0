-- record_version now holds the superseded versions only; the current one is record_object's body.
delete from record_version v using record_object o where v.id = o.id and v.version = o.version;
