using System.Net;
using System.Text.Json;

namespace Chronicle.Tests.Web;

/// <summary>A request's outcome as the API tests read it: status, JSON body (when JSON) and media type.</summary>
public readonly record struct ApiAnswer(HttpStatusCode Status, JsonElement Body, string MediaType, string Text);

public static class ApiCalls
{
    public static async Task<ApiAnswer> GetAsync(this WebServerFixture server, string path) =>
        await ReadAsync(await server.Client.GetAsync(path, TestContext.Current.CancellationToken));

    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var media = response.Content.Headers.ContentType?.MediaType ?? "";
            return new ApiAnswer(response.StatusCode, media.Contains("json", StringComparison.Ordinal) ? JsonDocument.Parse(text).RootElement.Clone() : default, media, text);
        }
    }

    /// <summary>Every item of a paged list, following the cursors.</summary>
    public static async Task<List<JsonElement>> WalkAsync(this WebServerFixture server, string path)
    {
        var items = new List<JsonElement>();
        var cursor = "";
        do
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            var page = await server.GetAsync(cursor == "" ? path : $"{path}{separator}cursor={cursor}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            items.AddRange(page.Body.GetProperty("items").EnumerateArray());
            cursor = page.Body.GetProperty("next_cursor").GetString()!;
        }
        while (cursor != "");
        return items;
    }

    /// <summary>Asserts an RFC 7807 answer with this status and a detail that says why.</summary>
    public static void AssertProblem(this ApiAnswer answer, HttpStatusCode status)
    {
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal((int)status, answer.Body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(answer.Body.Text("detail")), answer.Text);
    }

    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
