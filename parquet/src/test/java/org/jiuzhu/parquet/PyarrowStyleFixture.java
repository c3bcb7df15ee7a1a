package org.jiuzhu.parquet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes {@code pyarrow-style.parquet}: a small microdata file encoded the way {@code
 * pandas.DataFrame.to_parquet()} (pyarrow 14–17, default options) encodes a frame of these columns
 * — every column optional, pandas int64 as INT64, a fractional weight (float64) as DOUBLE, {@code datetime.date} as INT32 DATE, strings as
 * dictionary-encoded BYTE_ARRAY UTF8, {@code decimal.Decimal} (pa.decimal128(18, 2)) as
 * FIXED_LEN_BYTE_ARRAY(8) DECIMAL(18,2), booleans as BOOLEAN, data pages v1, Snappy, and the
 * {@code pandas} key-value metadata. pyarrow could not be installed on the machine that made the
 * committed file (no PyPI access), so it was written with parquet-java's equivalent encodings;
 * {@code make-pyarrow-fixture.py} beside it makes the same frame with pyarrow itself.
 *
 * <p>Run {@code main} with the output path to remake it.
 */
final class PyarrowStyleFixture {
  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message schema {
        optional binary household (STRING);
        optional int64 order;
        optional binary member (STRING);
        optional double weight;
        optional binary region (STRING);
        optional binary relationship (STRING);
        optional int32 birthDate (DATE);
        optional binary hukou (STRING);
        optional binary disabilityCategory (STRING);
        optional int64 disabilityGrade;
        optional int64 selfCareFailed;
        optional binary workStatus (STRING);
        optional fixed_len_byte_array(8) wages (DECIMAL(18,2));
        optional fixed_len_byte_array(8) residentsPension (DECIMAL(18,2));
        optional fixed_len_byte_array(8) deposits (DECIMAL(18,2));
        optional boolean hasVehicle;
        optional fixed_len_byte_array(8) vehicleValue (DECIMAL(18,2));
        optional int64 homes;
        optional binary homeArea (STRING);
        optional binary carePlacement (STRING);
        optional fixed_len_byte_array(8) business (DECIMAL(18,2));
        optional fixed_len_byte_array(8) property (DECIMAL(18,2));
        optional fixed_len_byte_array(8) transfers (DECIMAL(18,2));
        optional fixed_len_byte_array(8) medicalSpending (DECIMAL(18,2));
        optional boolean majorIllness;
        optional boolean chronicIllness;
        optional binary schooling (STRING);
        optional int32 supporterBirthDate (DATE);
        optional fixed_len_byte_array(8) supporterIncome (DECIMAL(18,2));
        optional boolean supporterAssetsWithinRules;
        optional binary supporterConditions (STRING);
      }""");

  private PyarrowStyleFixture() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]));
  }

  static void write(Path file) throws IOException {
    Files.deleteIfExists(file);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
        .withCompressionCodec(CompressionCodecName.SNAPPY).withDictionaryEncoding(true)
        .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
        .withExtraMetaData(Map.of("pandas", "{\"index_columns\": [{\"kind\": \"range\", \"name\": null, \"start\": 0, \"stop\": 4,"
            + " \"step\": 1}], \"creator\": {\"library\": \"pyarrow\"}, \"pandas_version\": \"2.2.2\"}"))
        .build()) {
      SimpleGroupFactory f = new SimpleGroupFactory(SCHEMA);
      // an old rural couple on the residents' pension, no car; a disabled member needing care at home
      w.write(row(f, "h1", 1, "m1", 2.0, "RURAL", "APPLICANT", "1950-03-02", "NOT_WORKING").append("residentsPension", dec("143.00"))
          .append("hasVehicle", false).append("homes", 1L).append("homeArea", "60.5").append("deposits", dec("8000.00")));
      w.write(row(f, "h1", 2, "m2", null, "RURAL", "SPOUSE", "1952-07-19", "NOT_WORKING").append("residentsPension", dec("143.00"))
          .append("disabilityCategory", "PHYSICAL").append("disabilityGrade", 2L).append("selfCareFailed", 4L)
          .append("carePlacement", "HOME"));
      // an urban worker with a car worth nothing on paper: hasVehicle says so, not the value
      w.write(row(f, "h2", 1, "m1", 1.0, "URBAN", "APPLICANT", "1985-11-30", "EMPLOYED").append("wages", dec("2500.50"))
          .append("hasVehicle", true).append("vehicleValue", dec("0.00")).append("homes", 1L).append("homeArea", "45"));
      w.write(row(f, "h3", 1, "m1", 1234.5678, "URBAN", "APPLICANT", "1990-01-01", "UNEMPLOYED").append("homes", 0L)
          .append("hasVehicle", false));
    }
  }

  private static Group row(SimpleGroupFactory f, String household, long order, String member, Double weight, String hukou,
      String relationship, String birth, String work) {
    Group g = f.newGroup().append("household", household).append("order", order).append("member", member);
    if (weight != null) {
      g.append("weight", weight).append("region", "620825");
    }
    return g.append("relationship", relationship).append("birthDate", (int) LocalDate.parse(birth).toEpochDay())
        .append("hukou", hukou).append("workStatus", work);
  }

  /** pyarrow's decimal128 in 8 bytes: the unscaled value, big-endian two's complement. */
  private static Binary dec(String yuan) {
    long unscaled = new BigDecimal(yuan).movePointRight(2).longValueExact();
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) unscaled;
      unscaled >>= 8;
    }
    return Binary.fromConstantByteArray(b);
  }
}
