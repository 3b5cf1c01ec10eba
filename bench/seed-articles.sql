-- Adds :count published articles (half German, half English) with tags, releases and series to a database that
-- holds the demo content (kportal seed-demo), for the load and search benchmarks. Reproducible (fixed seed).
--   psql -v count=5000 -f bench/seed-articles.sql
-- Each article has a topic of three kernel-news words ("Dateisystem", "scheduler" …) that it uses throughout, in text
-- otherwise made of common words and 2,000 filler terms, so a search for a topic word matches about 6 % of the
-- articles, as a subject does in a real archive, not all of them.
\set ON_ERROR_STOP on
SELECT setseed(0.2015);
-- psql does not expand variables inside the DO block below; a setting carries the count in.
SELECT set_config('bench.count', :'count', false);

CREATE FUNCTION pg_temp.words(vocab text[], n int) RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(vocab[1 + floor(random() * array_length(vocab, 1))::int], ' ') FROM generate_series(1, n)
$$;

DO $$
DECLARE
  de text[] := ARRAY['Kernel', 'Linux', 'Dateisystem', 'Dateisysteme', 'Treiber', 'Grafiktreiber', 'Btrfs', 'Ext4', 'XFS',
    'Scheduler', 'Speicherverwaltung', 'Netzwerk', 'Netzwerkstack', 'Sicherheitslücke', 'Container', 'Virtualisierung',
    'KVM', 'Prozessor', 'Prozessoren', 'Energiesparen', 'Audio', 'USB', 'WLAN', 'Rust', 'Echtzeit', 'Entwickler',
    'Funktion', 'Hardware', 'Unterstützung', 'Leistung', 'schneller', 'neue', 'neuen', 'unterstützt', 'verbessert',
    'bringt', 'die', 'der', 'das', 'und', 'mit', 'für', 'bei', 'auch', 'jetzt', 'Version', 'Merge-Window', 'Torvalds'];
  en text[] := ARRAY['kernel', 'Linux', 'file', 'system', 'filesystem', 'filesystems', 'driver', 'drivers', 'graphics',
    'Btrfs', 'Ext4', 'XFS', 'scheduler', 'memory', 'management', 'networking', 'network', 'stack', 'security',
    'vulnerability', 'container', 'virtualization', 'KVM', 'processor', 'processors', 'power', 'saving', 'audio', 'USB',
    'wireless', 'Rust', 'realtime', 'developers', 'feature', 'hardware', 'support', 'performance', 'faster', 'new',
    'supports', 'improves', 'brings', 'the', 'and', 'with', 'for', 'also', 'now', 'release', 'merge', 'window', 'Torvalds'];
  total int := current_setting('bench.count')::int;
  series_count int := greatest(1, total / 50);
  first_series int;
  release_ids int[];
  vocab text[];
  topic text[];
  filler_de text[];
  filler_en text[];
  md text;
  html text;
  heading text;
  para text;
  lang text;
BEGIN
  SELECT array_agg(id) INTO release_ids FROM releases WHERE released_on IS NOT NULL;
  filler_de := ARRAY['die', 'der', 'das', 'und', 'mit', 'für', 'bei', 'auch', 'jetzt', 'neue', 'wird', 'ist', 'eine', 'im']
    || ARRAY(SELECT 'begriff' || n FROM generate_series(1, 2000) n);
  filler_en := ARRAY['the', 'and', 'with', 'for', 'also', 'now', 'new', 'will', 'is', 'a', 'in', 'of', 'to', 'that']
    || ARRAY(SELECT 'term' || n FROM generate_series(1, 2000) n);
  INSERT INTO series (slug, title, language)
    SELECT 'bench-series-' || s, 'Was Linux bringt, Folge ' || s, CASE WHEN s % 2 = 0 THEN 'de' ELSE 'en' END
    FROM generate_series(1, series_count) s;
  SELECT min(id) INTO first_series FROM series WHERE slug LIKE 'bench-series-%';

  FOR i IN 1..total LOOP
    lang := CASE WHEN i % 2 = 0 THEN 'de' ELSE 'en' END;
    vocab := CASE WHEN lang = 'de' THEN de ELSE en END;
    topic := ARRAY[vocab[1 + floor(random() * array_length(vocab, 1))::int],
                   vocab[1 + floor(random() * array_length(vocab, 1))::int],
                   vocab[1 + floor(random() * array_length(vocab, 1))::int]];
    -- The topic words make up about one word in a hundred, the rest is filler.
    vocab := CASE WHEN lang = 'de' THEN filler_de ELSE filler_en END || topic || topic || topic || topic || topic || topic || topic;
    md := '';
    html := '';
    FOR section IN 1..3 LOOP
      heading := initcap(pg_temp.words(vocab, 3));
      md := md || '## ' || heading || E'\n\n';
      html := html || '<h2 id="s' || section || '">' || heading || '</h2>' || E'\n';
      FOR p IN 1..2 LOOP
        para := pg_temp.words(vocab, 55) || '.';
        md := md || para || E'\n\n';
        html := html || '<p>' || para || '</p>' || E'\n';
      END LOOP;
    END LOOP;

    INSERT INTO articles (slug, title, lead, body_markdown, body_html, language, status, published_at, author_name,
                          release_id, series_id, series_part, is_generated, created_at, updated_at)
    VALUES ('bench-' || i, initcap(topic[1] || ' ' || pg_temp.words(vocab, 5) || ' ' || topic[2]), topic[3] || ' ' || pg_temp.words(vocab, 30) || '.', md, html, lang, 'Published',
            now() - make_interval(hours => i), 'Bench-Redaktion',
            release_ids[1 + (i % array_length(release_ids, 1))],
            CASE WHEN i % 10 = 0 THEN first_series + (i / 10) % series_count END,
            CASE WHEN i % 10 = 0 THEN 1 + i / (10 * series_count) END,
            false, now(), now());
  END LOOP;

  INSERT INTO article_tags (articles_id, tags_id)
    SELECT a.id, t.id FROM articles a JOIN feature_tags t ON (a.id + t.id) % 3 = 0 WHERE a.slug LIKE 'bench-%';
END $$;

ANALYZE;
SELECT count(*) AS articles, count(*) FILTER (WHERE language = 'de') AS german FROM articles;
