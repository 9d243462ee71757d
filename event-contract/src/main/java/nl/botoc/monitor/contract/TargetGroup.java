package nl.botoc.monitor.contract;

/** Who an intervention is for: an age range (either bound may be open) and a description. */
public record TargetGroup(Integer minAge, Integer maxAge, String description) {
}
