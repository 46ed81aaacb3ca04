namespace Chronicle;

/// <summary>The outcome of an operation whose failure is expected (bad input): a value or a reason, never both.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, string? error) { Value = value; Error = error; }

    public T? Value { get; }

    /// <summary>Why there is no value; null on success.</summary>
    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(string reason) => new(default, reason);

    public static implicit operator Result<T>(T value) => Ok(value);
}
