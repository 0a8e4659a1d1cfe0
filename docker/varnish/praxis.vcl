# What Varnish keeps, and how Praxis purges it: included by default.vcl (and
# by the tests, in front of a test server). Praxis decides what may be kept:
# only responses it marks "Cache-Control: public" (core.caching) are stored,
# for their s-maxage; everything else goes straight through.

# Who may purge: this machine and the compose network (docker/compose.yaml).
acl purgers {
    "127.0.0.1";
    "::1";
    "10.89.0.0"/24;
}

sub vcl_recv {
    # Praxis bans everything for its host on any change (core.frontend_cache):
    # a title shows on many pages, and a page made private must leave all.
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Banning is not allowed from here."));
        }
        ban("req.http.host == " + req.http.host);
        return (synth(200, "Banned."));
    }
    # One address (FRONTEND_CACHE_PURGE=url), with the page's own Host header.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from here."));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Signed in (a session) or a message waiting to be shown: Praxis answers.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Any other cookie (a form's token, the language chosen) changes nothing
    # on a page that may be kept: Praxis never marks those pages public.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Cache-Control !~ "(^|,\s*)public" || beresp.http.Set-Cookie) {
        # Remember for two minutes not to wait for other requests of the same
        # address ("hit-for-miss"), and keep nothing.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # A purge is the normal way out; grace covers an app restarting.
    set beresp.grace = 1m;
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
