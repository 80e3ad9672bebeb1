-- Keep the search index fresh cheaply: a change marks the incident's search row dirty;
-- the reindex step (services/learning) rebuilds dirty rows in bounded batches.
CREATE OR REPLACE FUNCTION debrief_search_mark(p_incident text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_incident IS NULL THEN RETURN; END IF;
  INSERT INTO search_docs (incident_id, dirty) VALUES (p_incident, true)
  ON CONFLICT (incident_id) DO UPDATE SET dirty = true WHERE search_docs.dirty = false;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION debrief_search_mark_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM debrief_search_mark(NEW.id); RETURN NULL; END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION debrief_search_mark_by_incident_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM debrief_search_mark(NEW.incident_id); RETURN NULL; END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION debrief_search_mark_action_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM debrief_search_mark((SELECT incident_id FROM postmortems WHERE id = OLD.postmortem_id));
    RETURN NULL;
  END IF;
  PERFORM debrief_search_mark((SELECT incident_id FROM postmortems WHERE id = NEW.postmortem_id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_mark_incidents AFTER INSERT OR UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION debrief_search_mark_incident();
--> statement-breakpoint
CREATE TRIGGER search_mark_postmortems AFTER INSERT OR UPDATE ON postmortems FOR EACH ROW EXECUTE FUNCTION debrief_search_mark_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER search_mark_timeline AFTER INSERT OR UPDATE ON timeline_events FOR EACH ROW EXECUTE FUNCTION debrief_search_mark_by_incident_id();
--> statement-breakpoint
CREATE TRIGGER search_mark_action_items AFTER INSERT OR UPDATE OR DELETE ON action_items FOR EACH ROW EXECUTE FUNCTION debrief_search_mark_action_item();
--> statement-breakpoint
INSERT INTO search_docs (incident_id, dirty) SELECT id, true FROM incidents ON CONFLICT (incident_id) DO NOTHING;
