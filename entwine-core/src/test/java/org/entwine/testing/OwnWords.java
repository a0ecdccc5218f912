package org.entwine.testing;

import java.util.ArrayList;
import java.util.List;
import org.entwine.registry.Registry;

/**
 * What the records say in their own words, which a Vietnamese page, document or terminal may show
 * as written: names and codes, sources' titles and citations, the titles, texts and ids of the
 * ledgers' records, the frameworks' official names. What {@link EnglishWords#in} is told to leave.
 */
public final class OwnWords {
  private OwnWords() {}

  public static List<String> of(Registry r) {
    List<String> out = new ArrayList<>();
    r.actors()
        .forEach(
            a -> {
              out.add(a.code());
              out.add(a.name());
              out.addAll(a.aliases());
            });
    r.sources()
        .forEach(
            s -> {
              out.add(s.citation());
              out.add(s.label());
              out.add(s.title());
              out.add(s.publisher());
              out.add(s.author());
              out.add(s.dataset());
              out.add(s.id());
              out.add(s.url());
              out.add(s.version());
            });
    r.frameworks()
        .forEach(
            f -> {
              out.add(f.id());
              f.changes()
                  .forEach(
                      c -> {
                        out.add(c.officialName());
                        out.add(c.document());
                        out.add(c.note());
                        out.add(c.disagreement());
                        out.addAll(c.sideNames().values());
                        out.addAll(c.sectors());
                      });
            });
    r.documents()
        .forEach(
            d -> {
              out.add(d.id());
              out.add(d.title());
              out.add(d.kind());
            });
    r.commitments()
        .forEach(
            c -> {
              out.add(c.id());
              out.add(c.text());
              out.add(c.area());
            });
    r.projects().forEach(p -> out.addAll(List.of(p.id(), p.title())));
    r.mechanisms()
        .forEach(
            m -> {
              out.add(m.id());
              out.add(m.name());
              out.add(m.kind());
            });
    r.outcomes()
        .forEach(
            o -> {
              out.add(o.id());
              out.add(o.reportedBy());
              out.add(o.note());
            });
    r.contacts().forEach(c -> out.add(c.title()));
    r.incidents().forEach(i -> out.addAll(List.of(i.id(), i.kind(), i.title())));
    r.judgements().forEach(j -> out.addAll(List.of(j.analyst(), j.reason())));
    r.reportedCounts()
        .forEach(
            c -> {
              out.add(c.counts());
              out.add(c.breakdown());
            });
    return out.stream().filter(x -> x != null && !x.isBlank()).toList();
  }
}
