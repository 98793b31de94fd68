package dk.jobandel.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link WeekGrid} in a PostgreSQL {@code bytea} column of exactly {@value WeekGrid#BYTES} bytes, laid out
 * as {@link WeekGrid#toBytes()} describes; {@code null} stays {@code null}. Not applied automatically: an attribute
 * opts in with {@code @Convert(converter = WeekGridConverter.class)}.
 */
@Converter
public final class WeekGridConverter implements AttributeConverter<@Nullable WeekGrid, byte @Nullable []> {

    @Override
    public byte @Nullable [] convertToDatabaseColumn(@Nullable WeekGrid grid) {
        return grid == null ? null : grid.toBytes();
    }

    /**
     * Reads the column.
     *
     * @throws IllegalArgumentException if it does not hold exactly {@value WeekGrid#BYTES} bytes
     */
    @Override
    public @Nullable WeekGrid convertToEntityAttribute(byte @Nullable [] bytes) {
        return bytes == null ? null : WeekGrid.fromBytes(bytes);
    }
}
