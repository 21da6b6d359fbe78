# Varnish 7.1 in front of the guide site (the compose `proxy` service; the stack tests and
# `npm run bench` run Debian's varnishd with this file). Pages are kept for an hour and purged by
# content tag (vmod xkey, from varnish-modules) the moment a publish commits, so readers see a
# publish at once while the app renders each page about once per publish.
#
# Environment (std.getenv, read by the running varnishd):
#   PURGE_SECRET       the app sends it as `Purge-Secret` with each PURGE; unset: every purge refused
#   CDN_ORIGIN_SECRET  a CDN in front sends it as `Cdn-Origin-Secret` to receive the tag headers
vcl 4.1;

import directors;
import std;
import xkey;

probe app_health {
    # 503 while the app's database is down: then pages are served from grace instead.
    .url = "/api/health";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# BEGIN backends: tooling/varnish.ts writes one backend per app instance here, and one per
# instance's beacon collector (its COLLECT_PORT).
backend app1 {
    .host = "app";
    .port = "3000";
    .probe = app_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

backend collect1 {
    .host = "app";
    .port = "3001";
    # Inline: a named probe that no backend used (a Varnish without collectors) fails the VCL.
    .probe = {
        .url = "/collect/health";
        .interval = 1s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
    .connect_timeout = 1s;
    .first_byte_timeout = 5s;
    .between_bytes_timeout = 5s;
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app1);
    new collectors = directors.round_robin();
    collectors.add_backend(collect1);
}
# END backends

# Who may send a PURGE at all (with the secret): the machine and private networks (compose).
acl internal {
    "localhost";
    "127.0.0.0"/8;
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
    "fc00::"/7;
}

sub vcl_recv {
    set req.backend_hint = apps.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ internal || std.getenv("PURGE_SECRET") == ""
            || req.http.Purge-Secret != std.getenv("PURGE_SECRET")) {
            return (synth(403, "Purge refused"));
        }
        if (!req.http.Xkey-Purge) {
            return (synth(400, "Name the tags to purge in Xkey-Purge"));
        }
        # Soft: a purged page stays in grace, so it is still served while the app is down; with
        # the app up, req.grace below makes the next reader wait for the fresh page.
        set req.http.n-gone = xkey.softpurge(req.http.Xkey-Purge);
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }
    # Only the app may send tags, and only to Varnish.
    unset req.http.Purge-Secret;

    # The measurement beacon (POST /collect): every request reaches the app, which counts it and
    # answers no-store. Passed before the cookie is dropped below: the app reads it to leave
    # editors and previews uncounted. Never stored, whatever the method.
    if (req.url ~ "^/collect([?]|$)") {
        # To a beacon collector (src/lib/analytics/collector.ts: the same counting outside Next,
        # at a fraction of a page's cost) while one answers its probe; else to the app's route.
        set req.backend_hint = collectors.backend();
        if (!std.healthy(req.backend_hint)) {
            set req.backend_hint = apps.backend();
        }
        return (pass);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A reader's own weights (`?w=` on a guide or its twin) are rendered for them alone (the app
    # answers private, no-store): passed without a lookup, so endless `w` variants leave no
    # object behind, not even a hit-for-miss marker. The page without `w` stays one object.
    if (req.url ~ "[?&]w=") {
        return (pass);
    }
    # The CMS, its API and the preview routes: always passed through, never stored.
    if (req.url ~ "^/(admin|api|preview|exit-preview)([/?]|$)") {
        return (pass);
    }
    # A signed-in user, a reviewer, anyone in draft mode: their pages may show drafts.
    if (req.http.Authorization
        || req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|guide_preview|payload-token)=") {
        return (pass);
    }
    # No other cookie changes what a public page shows: one cached copy for every reader.
    unset req.http.Cookie;
    # Two variants at most (the app compresses the gzip one itself): see http_gzip_support.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    # Pages vary by Accept (a client that asks for text/markdown gets the page's Markdown twin;
    # see src/lib/http/markdownTwin.ts). Without text/markdown in it, any Accept gets the HTML:
    # one variant for every browser. An Accept that names Markdown is kept for the app to judge.
    if (req.http.Accept !~ "(?i)text/markdown") {
        set req.http.Accept = "text/html";
    }
    # Grace is for outages: while the app answers its probe, an expired or purged page is
    # fetched again before it is served; while it does not, the last copy is served (24 h).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 0s;
    }
    return (hash);
}

sub vcl_pass {
    set req.http.X-Cache-Status = "BYPASS";
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # What the app marks private, or answers with a cookie, is never stored.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache") {
        set beresp.ttl = 10s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.status >= 500) {
        # A failed background refresh keeps the copy in grace.
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.ttl = 1s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.status == 404 || beresp.status == 410) {
        # Anyone can ask for any number of addresses that do not exist. A miss is kept 5 s (a
        # burst on one broken link costs the app one render) with no grace, so Varnish keeps it
        # in its Transient storage (what lives under `shortlived`, 10 s): misses never take the
        # place of pages in the main storage. Its tags let a publish at that address purge it.
        if (beresp.http.Surrogate-Key) {
            set beresp.http.xkey = beresp.http.Surrogate-Key;
        }
        set beresp.ttl = 5s;
        set beresp.grace = 0s;
        set beresp.keep = 0s;
        return (deliver);
    }
    if (beresp.http.Surrogate-Key) {
        # A page built from content: it names its tags, so a publish can purge it. Next's
        # s-maxage (a year) stays on the response for a CDN that purges by the same tags.
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        set beresp.ttl = 1h;
        set beresp.grace = 24h;
    } elsif (beresp.http.Cache-Control !~ "max-age") {
        # Untagged and without a lifetime of its own (redirects, the sitemap): not stored, since
        # no publish could purge it.
        set beresp.ttl = 10s;
        set beresp.uncacheable = true;
    }
    return (deliver);
}

sub vcl_deliver {
    if (!req.http.X-Cache-Status) {
        if (obj.hits == 0) {
            set req.http.X-Cache-Status = "MISS";
        } elsif (obj.ttl <= 0s) {
            set req.http.X-Cache-Status = "STALE";
        } else {
            set req.http.X-Cache-Status = "HIT";
        }
    }
    set resp.http.X-Cache-Status = req.http.X-Cache-Status;
    # Readers never see the tags; a CDN that proves itself does (and strips them in turn).
    if (std.getenv("CDN_ORIGIN_SECRET") == ""
        || req.http.Cdn-Origin-Secret != std.getenv("CDN_ORIGIN_SECRET")) {
        unset resp.http.Surrogate-Key;
        unset resp.http.Cache-Tag;
    }
    unset resp.http.xkey;
    unset resp.http.X-Varnish;
    unset resp.http.Via;
}

sub vcl_synth {
    set resp.http.X-Cache-Status = "SYNTH";
    # A purge's answer is read by the app's log, not a browser.
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason;
        return (deliver);
    }
}
