using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web;

/// <summary>Serves the web page from resources embedded in this assembly (<c>wwwroot/</c>), read once at start.</summary>
internal static class StaticPage
{
    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (path, resource, contentType) in Files)
        {
            var bytes = Read(resource);
            app.MapGet(path, () => Results.Bytes(bytes, contentType)).ExcludeFromDescription();
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(StaticPage).Assembly.GetManifestResourceStream("Chronicle.Web.wwwroot." + name)
            ?? throw new InvalidOperationException($"The web page's '{name}' is not embedded in Chronicle.Web.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
