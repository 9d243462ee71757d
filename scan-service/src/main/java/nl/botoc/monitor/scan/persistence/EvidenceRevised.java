package nl.botoc.monitor.scan.persistence;

/** Fired when a transaction stored a new version of the evidence base; observed once it committed. */
public record EvidenceRevised(long version) {
}
