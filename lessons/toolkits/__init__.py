"""Field toolkits: chosen lessons and resources, or a learning path, as one PDF
or a zip with the briefs, an offline HTML copy and the resources' files (see
:mod:`.service`), at ``/<lang>/toolkits/`` (:mod:`.views`)."""
