# WorkingGroupBot as a container, for those who run containers (App Service's own path is a zip deploy of
# `dotnet publish`; see docs/deploy.md). Build: docker build -t wgb . — needs Microsoft's container registry.
# Runs as the image's non-root user on port 8080. The image has no shell or curl, so it declares no HEALTHCHECK: the
# platform probes GET /health/live (the process) and GET /health/ready (the tables answer).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/WorkingGroupBot/WorkingGroupBot.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS final
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The chiseled image's unprivileged user (uid 1654); never root.
USER app
ENTRYPOINT ["dotnet", "WorkingGroupBot.dll"]
