package org.entwine.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.entwine.method.MethodIndicator;
import org.entwine.method.StabilityMeasure;
import org.entwine.time.Month;
import org.entwine.time.PartialDate;

/**
 * The JSON (and YAML) form of Entwine's domain records. Field names are the records' component
 * names, which are also the field names of the exchange format, so what is exported reads back in.
 * Dates as precise as their source ({@link PartialDate}) are written in their text form, months
 * ({@link Month}) as the number YYYYMM.
 */
public final class DomainJson {
  private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
  private static final ObjectMapper YAML =
      configure(
          new YAMLMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .build()));

  /**
   * The JSON of the web API: every field always there, an empty list as [] and an absent figure as
   * null, so that a page reads the same shape whatever the evidence lacks (the exchange format
   * leaves them out, to stay short).
   */
  private static final ObjectMapper API =
      configure(JsonMapper.builder().build())
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));

  private DomainJson() {}

  /** The kind is written, for pages to ask it, and never read: a measure's name says it. */
  @JsonIgnoreProperties(value = "kind", allowGetters = true)
  private abstract static class KindFromMeasure {}

  /** A month is the number YYYYMM in JSON (201910), as the API has always written it. */
  private abstract static class MonthAsNumber {
    @JsonValue
    abstract int packed();

    @JsonCreator
    static Month ofPacked(int yyyymm) {
      return Month.ofPacked(yyyymm);
    }
  }

  /** The web API's JSON mapper: {@link #json()} with every field written. */
  public static ObjectMapper api() {
    return API;
  }

  /** The shared JSON mapper (thread-safe once configured). */
  public static ObjectMapper json() {
    return JSON;
  }

  /** The shared YAML mapper, writing the exchange format's style. */
  public static ObjectMapper yaml() {
    return YAML;
  }

  private static ObjectMapper configure(ObjectMapper m) {
    SimpleModule partialDates = new SimpleModule("entwine-partial-date");
    partialDates.addSerializer(
        PartialDate.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(PartialDate d, JsonGenerator g, SerializerProvider p)
              throws IOException {
            g.writeString(d.toString());
          }
        });
    partialDates.addDeserializer(
        PartialDate.class,
        new JsonDeserializer<>() {
          @Override
          public PartialDate deserialize(JsonParser p, DeserializationContext c)
              throws IOException {
            return PartialDate.parse(p.getValueAsString());
          }
        });
    return m.registerModule(new JavaTimeModule())
        .registerModule(partialDates)
        // a measure's kind follows from its name: written for the pages, never read
        .addMixIn(MethodIndicator.class, KindFromMeasure.class)
        .addMixIn(StabilityMeasure.class, KindFromMeasure.class)
        .addMixIn(Month.class, MonthAsNumber.class)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setDefaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
  }
}
