-- PostgreSQL only: the audit log stays append-only, with one more exception than pruning. The application may add or
-- renew an event's MAC (mac, key_version) under the audit chain key and change nothing else, only in a transaction
-- that says so (SET LOCAL genx3d.audit_rekeying): keying the events sealed before the chain was keyed, and MACing
-- events again under a new key after a rotation (see AuditChainRekeying).
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('genx3d.audit_pruning', true) = 'on' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND current_setting('genx3d.audit_rekeying', true) = 'on'
            AND (NEW.seq, NEW.id, NEW.occurred_at, NEW.type, NEW.account_id, NEW.actor, NEW.actor_key_id,
                 NEW.actor_session, NEW.target, NEW.client_address, NEW.user_agent, NEW.details, NEW.prev_hash,
                 NEW.hash)
            IS NOT DISTINCT FROM
                (OLD.seq, OLD.id, OLD.occurred_at, OLD.type, OLD.account_id, OLD.actor, OLD.actor_key_id,
                 OLD.actor_session, OLD.target, OLD.client_address, OLD.user_agent, OLD.details, OLD.prev_hash,
                 OLD.hash) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
