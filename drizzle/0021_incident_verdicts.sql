CREATE TABLE "incident_verdicts" (
	"incident_id" text PRIMARY KEY NOT NULL,
	"epoch" bigint DEFAULT 0 NOT NULL,
	"verdict" jsonb,
	"policy_key" text,
	"valid_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "incident_verdicts" ADD CONSTRAINT "incident_verdicts_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A change to anything the compact verdict reads makes the stored verdict stale: its epoch moves
-- on (so a write-back computed from the inputs before the change is refused) and it is cleared.
-- Statement-level, so a bulk import of 10,000 events touches each incident's row once.
CREATE OR REPLACE FUNCTION debrief_verdict_stale(p_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_verdicts (incident_id, epoch)
  SELECT DISTINCT i.id, 1 FROM incidents i WHERE i.id = ANY (p_ids)
  ON CONFLICT (incident_id) DO UPDATE SET epoch = incident_verdicts.epoch + 1, verdict = NULL, valid_until = NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION debrief_verdict_stale_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM debrief_verdict_stale(ARRAY(SELECT id FROM changed)); RETURN NULL; END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION debrief_verdict_stale_by_incident_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM debrief_verdict_stale(ARRAY(SELECT incident_id FROM changed)); RETURN NULL; END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION debrief_verdict_stale_by_postmortem_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM debrief_verdict_stale(ARRAY(SELECT p.incident_id FROM changed c JOIN postmortems p ON p.id = c.postmortem_id)); RETURN NULL; END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION debrief_verdict_stale_review_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM debrief_verdict_stale(ARRAY(
    SELECT p.incident_id FROM changed c JOIN postmortems p ON p.id = c.entity_id
    WHERE c.entity_type = 'postmortem' AND c.action = 'review:request'));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER verdict_stale_incidents AFTER UPDATE ON incidents REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_incidents();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_timeline_insert AFTER INSERT ON timeline_events REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_timeline_update AFTER UPDATE ON timeline_events REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_timeline_delete AFTER DELETE ON timeline_events REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_postmortems_insert AFTER INSERT ON postmortems REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_postmortems_update AFTER UPDATE ON postmortems REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_postmortems_delete AFTER DELETE ON postmortems REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_review_request AFTER INSERT ON revisions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_review_request();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_meetings_insert AFTER INSERT ON meetings REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_postmortem_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_meetings_update AFTER UPDATE ON meetings REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_postmortem_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_meetings_delete AFTER DELETE ON meetings REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_postmortem_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_publications_insert AFTER INSERT ON publications REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_postmortem_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_publications_update AFTER UPDATE ON publications REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_postmortem_id();
--> statement-breakpoint
CREATE TRIGGER verdict_stale_publications_delete AFTER DELETE ON publications REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION debrief_verdict_stale_by_postmortem_id();
