# Multi-stage build: restore from the project files alone (cached until a dependency changes), then build.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/KernelPortal.Core/KernelPortal.Core.csproj src/KernelPortal.Core/
COPY src/KernelPortal.Ingestion/KernelPortal.Ingestion.csproj src/KernelPortal.Ingestion/
COPY src/KernelPortal.Web/KernelPortal.Web.csproj src/KernelPortal.Web/
COPY src/KernelPortal.Cli/KernelPortal.Cli.csproj src/KernelPortal.Cli/
RUN dotnet restore src/KernelPortal.Web/KernelPortal.Web.csproj \
 && dotnet restore src/KernelPortal.Cli/KernelPortal.Cli.csproj
COPY src/ src/
COPY wwwroot/ wwwroot/
# The web app and kportal go into one image: the compose file's migrate service runs kportal from it.
RUN dotnet publish src/KernelPortal.Web/KernelPortal.Web.csproj -c Release --no-restore -o /app \
 && dotnet publish src/KernelPortal.Cli/KernelPortal.Cli.csproj -c Release --no-restore -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
USER app
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "KernelPortal.Web.dll"]
