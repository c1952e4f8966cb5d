using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// The image the README's operators build with <c>dotnet publish -t:PublishContainer</c>, written as an archive
/// without a Docker daemon. No container runtime and no public registry are reachable here, so the base is a
/// stand-in served on 127.0.0.1, and the image's own application layer is started the way its configuration says
/// (entry point, working folder, environment) to show that what the image holds answers <c>/health</c>.
/// </summary>
public sealed class ContainerImageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_image_archive_builds_and_the_site_it_holds_answers_health()
    {
        var work = Directory.CreateTempSubdirectory("quorum-image-").FullName;
        try
        {
            await using var registry = await StandInRegistry.StartAsync();
            var archive = Path.Combine(work, "quorum.tar.gz");
            await PublishImageAsync(registry, archive, Path.Combine(work, "publish"));

            var image = OciArchive.Read(archive);
            var config = image.Config.GetProperty("config");
            Assert.Equal(["dotnet", "/app/Quorum.Web.dll"], config.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal("/app/", config.GetProperty("WorkingDir").GetString());
            Assert.NotEqual("root", config.GetProperty("User").GetString());
            Assert.NotEqual("0", config.GetProperty("User").GetString());
            Assert.True(config.GetProperty("ExposedPorts").TryGetProperty("8080/tcp", out _));
            var environment = config.GetProperty("Env").EnumerateArray().Select(e => e.GetString()!.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            Assert.Equal("/var/lib/quorum", environment["Data__Folder"]);
            Assert.Equal("8080", environment["ASPNETCORE_HTTP_PORTS"]);
            Assert.Equal(registry.BaseImage, image.Config.GetProperty("config").GetProperty("Labels").GetProperty("org.opencontainers.image.base.name").GetString());

            // The layers unpacked in order are the container's file system; the application is the SDK's layer.
            var root = Path.Combine(work, "rootfs");
            image.Unpack(root);
            Assert.True(File.Exists(Path.Combine(root, "app", "Quorum.Web.dll")), "the image holds no /app/Quorum.Web.dll");
            Assert.True(File.Exists(Path.Combine(root, "etc", "passwd")), "the base layer is missing from the image");

            // Started as the image says; the data folder and port are what an operator maps (a volume, -p).
            environment["Data__Folder"] = Path.Combine(work, "data");
            environment.Remove("PATH");
            using var site = await SiteProcess.StartAsync(SiteProcess.FreePort(), environment, appDirectory: Path.Combine(root, "app"));
            using var http = new HttpClient { BaseAddress = site.Address };
            var health = await http.GetAsync("/health", Ct);
            Assert.True(health.IsSuccessStatusCode, $"/health answered {(int)health.StatusCode}");
            Assert.True(Directory.EnumerateFileSystemEntries(Path.Combine(work, "data")).Any(), "the site wrote nothing to its data folder");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task PublishImageAsync(StandInRegistry registry, string archive, string publishFolder)
    {
        // The tests are built before they run, so the site's build beside them is published as it is.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in new[]
        {
            "publish", Path.Combine(RepoPaths.Root, "src", "Quorum.Web", "Quorum.Web.csproj"), "-c", configuration, "--no-build", "-nologo",
            "-t:PublishContainer", $"-p:ContainerBaseImage={registry.BaseImage}", $"-p:ContainerArchiveOutputPath={archive}",
            $"-p:PublishDir={publishFolder}{Path.DirectorySeparatorChar}",
        })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = registry.Host;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync(Ct);
        var error = publish.StandardError.ReadToEndAsync(Ct);
        await publish.WaitForExitAsync(Ct);
        Assert.True(publish.ExitCode == 0 && File.Exists(archive), $"dotnet publish -t:PublishContainer failed ({publish.ExitCode}):\n{await output}{await error}");
    }

    /// <summary>An OCI image layout archive as the SDK writes it: index → manifest → config and gzipped layers.</summary>
    private sealed class OciArchive
    {
        private readonly Dictionary<string, byte[]> blobs;
        private readonly JsonElement manifest;

        private OciArchive(Dictionary<string, byte[]> blobs, JsonElement manifest, JsonElement config)
        {
            this.blobs = blobs;
            this.manifest = manifest;
            Config = config;
        }

        public JsonElement Config { get; }

        public static OciArchive Read(string path)
        {
            var files = new Dictionary<string, byte[]>();
            using (var reader = new TarReader(File.OpenRead(path)))
            {
                while (reader.GetNextEntry() is { } entry)
                {
                    if (entry.DataStream is { } data)
                    {
                        using var copy = new MemoryStream();
                        data.CopyTo(copy);
                        files[entry.Name.TrimStart('.', '/')] = copy.ToArray();
                    }
                }
            }
            var blobs = files.Where(f => f.Key.StartsWith("blobs/sha256/", StringComparison.Ordinal)).ToDictionary(f => "sha256:" + f.Key["blobs/sha256/".Length..], f => f.Value);
            var index = JsonDocument.Parse(files["index.json"]).RootElement;
            var manifest = JsonDocument.Parse(blobs[index.GetProperty("manifests")[0].GetProperty("digest").GetString()!]).RootElement;
            var config = JsonDocument.Parse(blobs[manifest.GetProperty("config").GetProperty("digest").GetString()!]).RootElement;
            return new OciArchive(blobs, manifest, config);
        }

        public void Unpack(string root)
        {
            Directory.CreateDirectory(root);
            foreach (var layer in manifest.GetProperty("layers").EnumerateArray())
            {
                using var gzip = new GZipStream(new MemoryStream(blobs[layer.GetProperty("digest").GetString()!]), CompressionMode.Decompress);
                TarFile.ExtractToDirectory(gzip, root, overwriteFiles: true);
            }
        }
    }
}
