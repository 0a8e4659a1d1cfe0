vcl 4.1;
# Varnish in front of the app containers of docker/compose.yaml: one backend
# for each, taken in turn, each asked /readyz before it gets traffic.

import directors;

probe ready {
    .url = "/readyz";
    .interval = 5s;
    .timeout = 3s;
    .window = 5;
    .threshold = 3;
}

backend app_1 {
    .host = "app-1";
    .port = "8000";
    .probe = ready;
}

backend app_2 {
    .host = "app-2";
    .port = "8000";
    .probe = ready;
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app_1);
    apps.add_backend(app_2);
}

sub vcl_recv {
    set req.backend_hint = apps.backend();
}

include "/etc/varnish/praxis.vcl";
