using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// An OCI registry on 127.0.0.1 holding one base image, so the SDK's container build can run where no public
/// registry is reachable (this machine and CI reach none). The base is a stand-in: one small layer with the
/// non-root <c>app</c> user the ASP.NET images define. Only what the SDK reads when pulling a base is served.
/// </summary>
public sealed class StandInRegistry : IAsyncDisposable
{
    public const string Repository = "quorum-test-base";
    public const string Tag = "1";
    private const string ManifestType = "application/vnd.oci.image.manifest.v1+json";

    private readonly WebApplication app;
    private readonly Dictionary<string, byte[]> blobs = [];
    private readonly byte[] manifest;

    private StandInRegistry(WebApplication app, int port)
    {
        this.app = app;
        Host = $"localhost:{port}";
        var (layer, diffId) = BaseLayer();
        var config = JsonSerializer.SerializeToUtf8Bytes(new
        {
            architecture = "amd64",
            os = "linux",
            config = new { Env = new[] { "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "APP_UID=1654" }, User = "1654" },
            rootfs = new { type = "layers", diff_ids = new[] { diffId } },
        });
        blobs[Digest(config)] = config;
        blobs[Digest(layer)] = layer;
        manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = ManifestType,
            config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = Digest(config), size = config.Length },
            layers = new[] { new { mediaType = "application/vnd.oci.image.layer.v1.tar+gzip", digest = Digest(layer), size = layer.Length } },
        });
    }

    /// <summary><c>localhost:PORT</c>, as the SDK's <c>ContainerBaseImage</c> and insecure-registry list want it.</summary>
    public string Host { get; }

    public string BaseImage => $"{Host}/{Repository}:{Tag}";

    public static async Task<StandInRegistry> StartAsync()
    {
        var port = SiteProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var registry = new StandInRegistry(app, port);
        app.MapMethods("/v2/", ["GET", "HEAD"], () => Results.Json(new { }));
        app.MapMethods("/v2/{repository}/manifests/{reference}", ["GET", "HEAD"], (string repository, string reference, HttpResponse response) =>
        {
            if (repository != Repository || (reference != Tag && reference != Digest(registry.manifest)))
            {
                return Results.NotFound();
            }
            response.Headers["Docker-Content-Digest"] = Digest(registry.manifest);
            return Results.Bytes(registry.manifest, ManifestType);
        });
        app.MapMethods("/v2/{repository}/blobs/{digest}", ["GET", "HEAD"], (string digest) =>
            registry.blobs.TryGetValue(digest, out var blob) ? Results.Bytes(blob, "application/octet-stream") : Results.StatusCode((int)HttpStatusCode.NotFound));
        await app.StartAsync();
        return registry;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static string Digest(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The layer gzipped (what is served) and the digest of its tar (the config's diff id).</summary>
    private static (byte[] Layer, string DiffId) BaseLayer()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "etc/"));
            AddFile(writer, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1654:1654::/home/app:/bin/sh\n");
            AddFile(writer, "etc/group", "root:x:0:\napp:x:1654:\n");
            writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "tmp/") { Mode = (UnixFileMode)0b1_111_111_111 });
        }
        var plain = tar.ToArray();
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(plain);
        }
        return (gzipped.ToArray(), Digest(plain));
    }

    private static void AddFile(TarWriter writer, string name, string text) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
}
