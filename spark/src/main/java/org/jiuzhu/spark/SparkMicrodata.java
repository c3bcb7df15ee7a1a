package org.jiuzhu.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.simulation.Microdata;

/**
 * The microdata columns of {@link Microdata} as a Spark schema, and conversions between Spark rows
 * and the text the simulation reads: money is {@code DECIMAL(18,2)}, as in the Parquet files the
 * single-machine run writes.
 *
 * @since 0.1.0
 */
public final class SparkMicrodata {
  private SparkMicrodata() {}

  /** The schema of household microdata. */
  public static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : Microdata.COLUMNS) {
      DataType t = switch (Microdata.TYPES.get(c)) {
        case TEXT -> DataTypes.StringType;
        case INT -> DataTypes.IntegerType;
        case LONG -> DataTypes.LongType;
        case BOOL -> DataTypes.BooleanType;
        case MONEY -> DataTypes.createDecimalType(18, 2);
        case WEIGHT -> DataTypes.createDecimalType(18, Microdata.WEIGHT_DECIMALS);
      };
      boolean required = c.equals("household") || c.equals("order") || c.equals("member");
      fields.add(DataTypes.createStructField(c, t, !required));
    }
    return DataTypes.createStructType(fields);
  }

  /** A Spark row of the cells of one person ({@link Microdata#rows}). */
  public static Row row(Map<String, String> cells) {
    Object[] values = new Object[Microdata.COLUMNS.size()];
    for (int i = 0; i < values.length; i++) {
      String c = Microdata.COLUMNS.get(i);
      String v = cells.get(c);
      if (v == null) {
        continue;
      }
      values[i] = switch (Microdata.TYPES.get(c)) {
        case TEXT -> v;
        case INT -> Integer.valueOf(v);
        case LONG -> Long.valueOf(v);
        case BOOL -> Boolean.valueOf(v);
        case MONEY -> new BigDecimal(v);
        case WEIGHT -> new BigDecimal(v).setScale(Microdata.WEIGHT_DECIMALS);
      };
    }
    return RowFactory.create(values);
  }

  /** A Spark row read as the text the simulation parses; columns the row lacks are empty. */
  public static Microdata.Row view(Row r) {
    StructType schema = r.schema();
    return column -> {
      int i;
      try {
        i = schema.fieldIndex(column);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (r.isNullAt(i)) {
        return null;
      }
      Object v = r.get(i);
      if (v instanceof BigDecimal d) {
        return Microdata.TYPES.get(column) == Microdata.Type.WEIGHT ? d.stripTrailingZeros().toPlainString() : Money.of(d).toString();
      }
      return v.toString();
    };
  }
}
