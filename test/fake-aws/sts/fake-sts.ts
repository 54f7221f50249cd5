/**
 * A fake AWS STS endpoint (the AWS Query protocol, as the SDK's STS client speaks it) for profiles
 * that assume a role: AssumeRole with `RoleArn`, `RoleSessionName` and, for a role whose trust
 * policy demands MFA, `SerialNumber` and `TokenCode`. It answers with temporary credentials
 * (`ASIA…`, a session token, an expiry) the way STS does, and refuses a missing or wrong code with
 * the AccessDenied STS sends. Requests must be signed; each records the access key that signed it,
 * so a test sees which credentials assumed the role.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { closeServer, listenOnLoopback, readBody, sendAwsAnswer } from '../loopback-http';
import { element, escapeXml, textElement } from '../query-xml-writer';

const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export interface FakeStsRole {
  roleArn: string;
  /** The MFA device the role's trust policy requires (`aws:MultiFactorAuthPresent`), and its current code. */
  mfa?: { serialNumber: string; code: string };
}

export interface StsCall {
  action: string;
  params: Record<string, string>;
  /** The access key id of the request's signature. */
  signedBy?: string;
}

export interface IssuedSession {
  accessKeyId: string;
  sessionToken: string;
  expiresAt: Date;
}

export interface FakeSts {
  endpoint: string;
  calls: StsCall[];
  issued: IssuedSession[];
  stop(): Promise<void>;
}

export async function startFakeSts(roles: readonly FakeStsRole[]): Promise<FakeSts> {
  const calls: StsCall[] = [];
  const issued: IssuedSession[] = [];
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const requestId = randomUUID();
      const params = Object.fromEntries(new URLSearchParams(body));
      const { Action: action = '', Version: _version, ...rest } = params;
      const signedBy = /Credential=([A-Z0-9]+)\//.exec(request.headers.authorization ?? '')?.[1];
      calls.push({ action, params: rest, signedBy });
      const answer = (status: number, xml: string) => sendAwsAnswer(response, status, 'text/xml', xml, requestId);
      if (!signedBy) return answer(403, errorXml('MissingAuthenticationToken', 'Request is missing Authentication Token', requestId));
      if (action !== 'AssumeRole')
        return answer(400, errorXml('InvalidAction', `Could not find operation ${action} for version 2011-06-15`, requestId));
      const role = roles.find((candidate) => candidate.roleArn === rest.RoleArn);
      const denied = (message: string) => answer(403, errorXml('AccessDenied', message, requestId));
      if (!role || !rest.RoleSessionName)
        return denied(
          `User: arn:aws:iam::123456789012:user/lens is not authorized to perform: sts:AssumeRole on resource: ${rest.RoleArn ?? ''}`,
        );
      if (role.mfa) {
        if (!rest.SerialNumber || !rest.TokenCode)
          return denied(`User: arn:aws:iam::123456789012:user/lens is not authorized to perform: sts:AssumeRole on resource: ${role.roleArn}`);
        if (rest.SerialNumber !== role.mfa.serialNumber || rest.TokenCode !== role.mfa.code)
          return denied('MultiFactorAuthentication failed with invalid MFA one time pass code. ');
      }
      const session: IssuedSession = {
        accessKeyId: `ASIA${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`,
        sessionToken: `FwoGZXIvYXdzE${randomUUID().replace(/-/g, '')}`,
        expiresAt: new Date(Date.now() + Number(rest.DurationSeconds ?? 3600) * 1000),
      };
      issued.push(session);
      return answer(200, assumeRoleXml(role.roleArn, rest.RoleSessionName, session, requestId));
    });
  });
  const endpoint = await listenOnLoopback(server);
  return { endpoint, calls, issued, stop: () => closeServer(server) };
}

function assumeRoleXml(roleArn: string, sessionName: string, session: IssuedSession, requestId: string): string {
  const assumedArn = roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/') + `/${sessionName}`;
  return (
    `<AssumeRoleResponse xmlns="${STS_XMLNS}">` +
    element(
      'AssumeRoleResult',
      element(
        'Credentials',
        textElement('AccessKeyId', session.accessKeyId),
        textElement('SecretAccessKey', randomUUID()),
        textElement('SessionToken', session.sessionToken),
        textElement('Expiration', session.expiresAt),
      ),
      element('AssumedRoleUser', textElement('AssumedRoleId', `AROAFAKEROLEID:${sessionName}`), textElement('Arn', assumedArn)),
    ) +
    element('ResponseMetadata', textElement('RequestId', requestId)) +
    `</AssumeRoleResponse>`
  );
}

function errorXml(code: string, message: string, requestId: string): string {
  return `<ErrorResponse xmlns="${STS_XMLNS}"><Error><Type>Sender</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}
