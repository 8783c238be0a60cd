-- PostgreSQL only: the audit log refuses UPDATE and DELETE, whoever asks. The one exception is pruning by the
-- application past the retention period, which sets genx3d.audit_pruning for its own transaction (SET LOCAL);
-- the chain's head records where pruning stopped, so the rest still verifies (see AuditChain).
CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('genx3d.audit_pruning', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
