using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web;

/// <summary>Serves the web page from resources embedded in this assembly (<c>wwwroot/</c>), read once at start:
/// <c>index.html</c> at <c>/</c>, every other file at its name.</summary>
internal static class StaticPage
{
    private const string Prefix = "Chronicle.Web.wwwroot.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var assembly = typeof(StaticPage).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(name))
                ?? throw new InvalidOperationException($"The web page's '{name}' has no known content type; add its extension to StaticPage.");
            var bytes = Read(resource);
            app.MapGet(name == "index.html" ? "/" : "/" + name, () => Results.Bytes(bytes, contentType)).ExcludeFromDescription();
        }
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(StaticPage).Assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
