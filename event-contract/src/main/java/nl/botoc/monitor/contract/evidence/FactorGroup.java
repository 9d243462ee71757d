package nl.botoc.monitor.contract.evidence;

/** A group of risk factors in appendix 1 (persoonlijk, psychologisch, ...). */
public record FactorGroup(String code, String nl, String en) {
}
