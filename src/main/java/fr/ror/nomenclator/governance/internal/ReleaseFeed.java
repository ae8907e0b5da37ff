package fr.ror.nomenclator.governance.internal;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import fr.ror.nomenclator.governance.release.Release;
import fr.ror.nomenclator.governance.release.ReleaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The Atom feed of releases, written with ROME: one entry per release, published or scheduled (its
 * category says which), linking its notes and, once published, its NPM package. An entry's id is a
 * stable URN and its {@code updated} moves when the release is published, so feed readers show
 * the publication as news.
 */
final class ReleaseFeed {

    private final ZoneId zone;

    ReleaseFeed(ZoneId zone) {
        this.zone = zone;
    }

    String write(List<Release> releases, String base) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Nomenclator : versions des nomenclatures du ROR");
        feed.setDescription("Versions publiées et planifiées des nomenclatures (TRE, JDV, ASS)");
        feed.setUri("urn:nomenclator:releases");
        feed.setLink(base + "/api/releases");
        feed.setLanguage("fr");
        List<SyndEntry> entries = new ArrayList<>();
        for (Release release : releases) {
            entries.add(entry(release, base));
        }
        feed.setEntries(entries);
        feed.setPublishedDate(entries.stream().map(SyndEntry::getUpdatedDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(new Date(0)));
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the release feed could not be written", e);
        }
    }

    private SyndEntry entry(Release release, String base) {
        boolean published = release.status() == ReleaseStatus.PUBLISHED;
        String link = base + "/api/releases/" + release.id();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:nomenclator:release:" + release.id());
        entry.setTitle(release.id() + " : " + release.title() + (published ? "" : " (planifiée)"));
        entry.setLink(link + "/notes.html");
        List<com.rometools.rome.feed.synd.SyndLink> links = new ArrayList<>();
        links.add(link(link + "/notes.html", "alternate", "text/html"));
        links.add(link(link + "/notes.md", "related", "text/markdown"));
        if (published) {
            links.add(link(link + "/package.tgz", "enclosure", "application/gzip"));
        }
        entry.setLinks(links);
        SyndCategoryImpl category = new SyndCategoryImpl();
        category.setName(release.status().id());
        entry.setCategories(List.of(category));
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue((published ? "Publiée" : "Publication prévue le " + release.publicationDate())
                + " ; en vigueur à partir du " + release.effectiveDate() + " ; " + release.versions().size()
                + " version(s) ; " + release.changeRequests().size() + " demande(s) de modification."
                + (release.description() == null ? "" : " " + release.description()));
        entry.setDescription(summary);
        Instant updated = published ? release.publishedAt() : release.createdAt();
        entry.setUpdatedDate(Date.from(updated));
        entry.setPublishedDate(Date.from(published ? release.publishedAt() : planned(release.publicationDate())));
        entry.setAuthor(published ? release.publishedBy() : release.createdBy());
        return entry;
    }

    private Instant planned(String date) {
        return date.length() == 10 ? LocalDate.parse(date).atStartOfDay(zone).toInstant()
                : OffsetDateTime.parse(date).toInstant();
    }

    private static SyndLinkImpl link(String href, String rel, String type) {
        SyndLinkImpl link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
