using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>RFC 7807 answers for requests the API cannot serve as asked.</summary>
internal static class ApiProblems
{
    public static IResult BadParameter(string name, string reason) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter", detail: $"{name}: {reason}",
            extensions: new Dictionary<string, object?> { ["parameter"] = name });

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);
}
