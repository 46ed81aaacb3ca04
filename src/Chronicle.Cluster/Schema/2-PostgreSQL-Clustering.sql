-- Cluster membership for Orleans.Clustering.AdoNet (invariant "Npgsql"). The provider binds these parameters by
-- name: @DeploymentId (the cluster id), @Address, @Port, @Generation (together: a silo), @SiloName, @HostName,
-- @Status, @ProxyPort (the gateway port), @SuspectTimes, @StartTime, @IAmAliveTime, @Version (the table version,
-- its optimistic-concurrency etag). Each write function returns one row with one column, the rows it changed:
-- 0 tells the provider its version was stale and it must read again.
-- Times are timestamptz: Npgsql sends the provider's UTC DateTime values as timestamp with time zone.

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp timestamptz(3) NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY(DeploymentId)
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes varchar(8000) NULL,
    StartTime timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY(DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

CREATE OR REPLACE FUNCTION update_i_am_alive_time(
    deployment_id OrleansMembershipTable.DeploymentId%TYPE,
    address_arg OrleansMembershipTable.Address%TYPE,
    port_arg OrleansMembershipTable.Port%TYPE,
    generation_arg OrleansMembershipTable.Generation%TYPE,
    i_am_alive_time OrleansMembershipTable.IAmAliveTime%TYPE)
  RETURNS void AS
$func$
BEGIN
    -- Orleans expects this never to fail and does not read a result.
    UPDATE OrleansMembershipTable AS d
    SET IAmAliveTime = i_am_alive_time
    WHERE d.DeploymentId = deployment_id AND deployment_id IS NOT NULL
        AND d.Address = address_arg AND address_arg IS NOT NULL
        AND d.Port = port_arg AND port_arg IS NOT NULL
        AND d.Generation = generation_arg AND generation_arg IS NOT NULL;
END
$func$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION insert_membership_version(
    DeploymentIdArg OrleansMembershipTable.DeploymentId%TYPE)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    SELECT DeploymentIdArg
    ON CONFLICT (DeploymentId) DO NOTHING;
    GET DIAGNOSTICS RowCountVar = ROW_COUNT;
    RETURN QUERY SELECT RowCountVar;
END
$func$ LANGUAGE plpgsql;

-- Moves the cluster's table version on by one if it is still VersionArg: 1 when it did, 0 when another silo moved it first.
CREATE OR REPLACE FUNCTION bump_membership_version(
    DeploymentIdArg OrleansMembershipVersionTable.DeploymentId%TYPE,
    VersionArg      OrleansMembershipVersionTable.Version%TYPE)
  RETURNS integer AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    UPDATE OrleansMembershipVersionTable
    SET Timestamp = now(), Version = Version + 1
    WHERE DeploymentId = DeploymentIdArg AND DeploymentIdArg IS NOT NULL
        AND Version = VersionArg AND VersionArg IS NOT NULL;
    GET DIAGNOSTICS RowCountVar = ROW_COUNT;
    RETURN RowCountVar;
END
$func$ LANGUAGE plpgsql;

-- Inserts a silo's row and bumps the table version in one step; if the version moved on, neither happens.
CREATE OR REPLACE FUNCTION insert_membership(
    DeploymentIdArg OrleansMembershipTable.DeploymentId%TYPE,
    AddressArg      OrleansMembershipTable.Address%TYPE,
    PortArg         OrleansMembershipTable.Port%TYPE,
    GenerationArg   OrleansMembershipTable.Generation%TYPE,
    SiloNameArg     OrleansMembershipTable.SiloName%TYPE,
    HostNameArg     OrleansMembershipTable.HostName%TYPE,
    StatusArg       OrleansMembershipTable.Status%TYPE,
    ProxyPortArg    OrleansMembershipTable.ProxyPort%TYPE,
    StartTimeArg    OrleansMembershipTable.StartTime%TYPE,
    IAmAliveTimeArg OrleansMembershipTable.IAmAliveTime%TYPE,
    VersionArg      OrleansMembershipVersionTable.Version%TYPE)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    BEGIN
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT DeploymentIdArg, AddressArg, PortArg, GenerationArg, SiloNameArg, HostNameArg, StatusArg, ProxyPortArg, StartTimeArg, IAmAliveTimeArg
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
        GET DIAGNOSTICS RowCountVar = ROW_COUNT;
        IF RowCountVar > 0 THEN
            RowCountVar := bump_membership_version(DeploymentIdArg, VersionArg);
        END IF;

        -- Rolls the block (and so the insert) back when the version did not match.
        ASSERT RowCountVar <> 0, 'no rows affected, rollback';
        RETURN QUERY SELECT RowCountVar;
    EXCEPTION
    WHEN assert_failure THEN
        RETURN QUERY SELECT RowCountVar;
    END;
END
$func$ LANGUAGE plpgsql;

-- Updates a silo's status and suspicions and bumps the table version, both or neither.
CREATE OR REPLACE FUNCTION update_membership(
    DeploymentIdArg OrleansMembershipTable.DeploymentId%TYPE,
    AddressArg      OrleansMembershipTable.Address%TYPE,
    PortArg         OrleansMembershipTable.Port%TYPE,
    GenerationArg   OrleansMembershipTable.Generation%TYPE,
    StatusArg       OrleansMembershipTable.Status%TYPE,
    SuspectTimesArg OrleansMembershipTable.SuspectTimes%TYPE,
    IAmAliveTimeArg OrleansMembershipTable.IAmAliveTime%TYPE,
    VersionArg      OrleansMembershipVersionTable.Version%TYPE)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    RowCountVar int := 0;
BEGIN
    BEGIN
        RowCountVar := bump_membership_version(DeploymentIdArg, VersionArg);
        UPDATE OrleansMembershipTable
        SET Status = StatusArg, SuspectTimes = SuspectTimesArg, IAmAliveTime = IAmAliveTimeArg
        WHERE DeploymentId = DeploymentIdArg AND DeploymentIdArg IS NOT NULL
            AND Address = AddressArg AND AddressArg IS NOT NULL
            AND Port = PortArg AND PortArg IS NOT NULL
            AND Generation = GenerationArg AND GenerationArg IS NOT NULL
            AND RowCountVar > 0;
        GET DIAGNOSTICS RowCountVar = ROW_COUNT;

        ASSERT RowCountVar <> 0, 'no rows affected, rollback';
        RETURN QUERY SELECT RowCountVar;
    EXCEPTION
    WHEN assert_failure THEN
        RETURN QUERY SELECT RowCountVar;
    END;
END
$func$ LANGUAGE plpgsql;

INSERT INTO OrleansQuery(QueryKey, QueryText)
VALUES
('UpdateIAmAlivetimeKey', '
    SELECT * FROM update_i_am_alive_time(@DeploymentId, @Address, @Port, @Generation, @IAmAliveTime);
'),
('InsertMembershipVersionKey', '
    SELECT * FROM insert_membership_version(@DeploymentId);
'),
('InsertMembershipKey', '
    SELECT * FROM insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
        @ProxyPort, @StartTime, @IAmAliveTime, @Version);
'),
('UpdateMembershipKey', '
    SELECT * FROM update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
        @IAmAliveTime, @Version);
'),
('MembershipReadRowKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
        m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    -- The version row comes back even when no silo row matches.
    LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
        AND Address = @Address AND @Address IS NOT NULL
        AND Port = @Port AND @Port IS NOT NULL
        AND Generation = @Generation AND @Generation IS NOT NULL
    WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('MembershipReadAllKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
        m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
    WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('DeleteMembershipTableEntriesKey', '
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('GatewaysQueryKey', '
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
        AND Status = @Status AND @Status IS NOT NULL
        AND ProxyPort > 0;
'),
-- Status 3 is Active: live silos are never cleaned up, however late their last heartbeat.
('CleanupDefunctSiloEntriesKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
        AND IAmAliveTime < @IAmAliveTime
        AND Status != 3;
'),
('CleanupDefunctSiloEntryKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
        AND Address = @Address AND @Address IS NOT NULL
        AND Port = @Port AND @Port IS NOT NULL
        AND Generation = @Generation AND @Generation IS NOT NULL;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
