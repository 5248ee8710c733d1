# syntax=docker/dockerfile:1
# A static, stripped binary; modules are downloaded before the sources are copied.
FROM golang:1.23.4-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

# The image: the binary on distroless static (CA certificates, tzdata, /etc/passwd).
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
LABEL org.opencontainers.image.title=inventory
LABEL org.opencontainers.image.source=https://github.com/acme/inventory
LABEL org.opencontainers.image.base.name=gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /usr/local/bin/server
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
