package dk.jobandel.pools;

/** A skill a need asks for, at least at this level (1–3). */
public record NeedSkill(short skillId, int minLevel) {}
