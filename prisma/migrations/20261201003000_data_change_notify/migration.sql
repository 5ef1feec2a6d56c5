-- Tell every listening web server that what its pages show has changed, so it drops its cached
-- views (lib/web/data-changes.ts). Statement-level: one notification per statement, and
-- PostgreSQL folds identical notifications of one transaction into one, delivered at commit.
CREATE FUNCTION notify_data_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('sparse_digest_data', TG_TABLE_NAME);
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Paper_notify_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Paper"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
CREATE TRIGGER "PaperTopic_notify_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PaperTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
CREATE TRIGGER "PaperSignal_notify_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PaperSignal"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
CREATE TRIGGER "Vote_notify_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Vote"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
