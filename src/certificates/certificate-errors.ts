import { DomainError } from '../common/domain-error';

export class CertificateNotFoundError extends DomainError {
  constructor(id: number) {
    super(404, `执法证 ${id} 不存在或无权查看`);
  }
}

export class CertificateAccessError extends DomainError {
  constructor(message: string) {
    super(403, message);
  }
}

export class CertificateConflictError extends DomainError {
  constructor(message: string) {
    super(409, message);
  }
}

/** An enforcement step completed without enough officers holding a valid certificate. */
export class OfficersMissingError extends DomainError {
  constructor(message: string) {
    super(422, message);
  }
}
