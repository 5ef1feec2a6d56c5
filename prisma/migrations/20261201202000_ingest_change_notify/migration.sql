-- /status is served from the page cache like the other public pages (lib/web/cached-handler.ts):
-- what it shows changes only when an ingest run starts or ends, so those tables tell every
-- listening web server too (notify_data_change is defined in 20261201003000_data_change_notify).
CREATE TRIGGER "IngestRun_notify_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IngestRun"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
CREATE TRIGGER "IngestSource_notify_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IngestSource"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
