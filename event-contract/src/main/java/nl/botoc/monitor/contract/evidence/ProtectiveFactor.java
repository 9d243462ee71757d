package nl.botoc.monitor.contract.evidence;

/** A protective factor of appendix 1. */
public record ProtectiveFactor(String code, String nl, String en, String targetGroup) {
}
